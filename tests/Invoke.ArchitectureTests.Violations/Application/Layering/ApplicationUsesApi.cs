using Invoke.ArchitectureTests.Violations.Api.Contracts;

namespace Invoke.ArchitectureTests.Violations.Application.Layering;

// Breach: the Application depends on the Api layer.
public static class ApplicationUsesApi
{
    public static Type Probe => typeof(WidgetRequest);
}
