namespace Invoke.ArchitectureTests.Violations.Application.Ports;

public interface IApplicationPort
{
    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
