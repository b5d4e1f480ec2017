using Microsoft.AspNetCore.Http;

namespace Invoke.ArchitectureTests.Violations.Application.Layering;

// Breach: the Application depends on ASP.NET Core.
public static class ApplicationUsesAspNetCore
{
    public static Type Probe => typeof(IResult);
}
