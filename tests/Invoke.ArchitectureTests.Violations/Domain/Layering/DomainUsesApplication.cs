using Invoke.ArchitectureTests.Violations.Application.Ports;

namespace Invoke.ArchitectureTests.Violations.Domain.Layering;

// Breach: the Domain depends on the Application layer.
public static class DomainUsesApplication
{
    public static Type Probe => typeof(IApplicationPort);
}
