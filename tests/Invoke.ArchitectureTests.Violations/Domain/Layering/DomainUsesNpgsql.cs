using Npgsql;

namespace Invoke.ArchitectureTests.Violations.Domain.Layering;

// Breach: the Domain depends on Npgsql.
public static class DomainUsesNpgsql
{
    public static Type Probe => typeof(NpgsqlDataSource);
}
