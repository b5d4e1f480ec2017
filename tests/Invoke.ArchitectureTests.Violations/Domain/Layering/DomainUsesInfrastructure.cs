using Invoke.ArchitectureTests.Violations.Infrastructure;

namespace Invoke.ArchitectureTests.Violations.Domain.Layering;

// Breach: the Domain depends on the Infrastructure layer.
public static class DomainUsesInfrastructure
{
    public static Type Probe => typeof(InfrastructureService);
}
