using Microsoft.AspNetCore.Http;

namespace Invoke.ArchitectureTests.Violations.Domain.Layering;

// Breach: the Domain depends on ASP.NET Core.
public static class DomainUsesAspNetCore
{
    public static Type Probe => typeof(HttpContext);
}
