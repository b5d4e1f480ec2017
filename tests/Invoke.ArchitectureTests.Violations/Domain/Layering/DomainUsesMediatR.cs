using MediatR;

namespace Invoke.ArchitectureTests.Violations.Domain.Layering;

// Breach: the Domain depends on MediatR.
public static class DomainUsesMediatR
{
    public static Type Probe => typeof(INotification);
}
