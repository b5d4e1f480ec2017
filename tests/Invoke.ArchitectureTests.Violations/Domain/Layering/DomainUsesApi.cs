using Invoke.ArchitectureTests.Violations.Api.Contracts;

namespace Invoke.ArchitectureTests.Violations.Domain.Layering;

// Breach: the Domain depends on the Api layer.
public static class DomainUsesApi
{
    public static Type Probe => typeof(WidgetRequest);
}
