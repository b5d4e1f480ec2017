using FluentValidation;

namespace Invoke.ArchitectureTests.Violations.Domain.Layering;

// Breach: the Domain depends on FluentValidation.
public static class DomainUsesFluentValidation
{
    public static Type Probe => typeof(IValidator);
}
