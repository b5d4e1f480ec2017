using Invoke.ArchitectureTests.Violations.Infrastructure;

namespace Invoke.ArchitectureTests.Violations.Application.Layering;

// Breach: the Application depends on the Infrastructure layer.
public static class ApplicationUsesInfrastructure
{
    public static Type Probe => typeof(InfrastructureService);
}
