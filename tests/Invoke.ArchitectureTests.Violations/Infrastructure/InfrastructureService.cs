namespace Invoke.ArchitectureTests.Violations.Infrastructure;

public sealed class InfrastructureService
{
    public DateTime UtcNow => DateTime.UtcNow;
}
