using Invoke.ArchitectureTests.Violations.Api.Contracts;

namespace Invoke.ArchitectureTests.Violations.Infrastructure;

// Breach: Infrastructure depends on the Api layer.
public static class InfrastructureUsesApi
{
    public static Type Probe => typeof(WidgetRequest);
}
