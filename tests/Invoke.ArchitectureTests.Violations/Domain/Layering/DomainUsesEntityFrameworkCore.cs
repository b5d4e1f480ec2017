using Microsoft.EntityFrameworkCore;

namespace Invoke.ArchitectureTests.Violations.Domain.Layering;

// Breach: the Domain depends on EF Core.
public static class DomainUsesEntityFrameworkCore
{
    public static Type Probe => typeof(DbContext);
}
