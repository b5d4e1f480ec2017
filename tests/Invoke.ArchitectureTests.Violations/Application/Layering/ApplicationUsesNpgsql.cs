using Npgsql;

namespace Invoke.ArchitectureTests.Violations.Application.Layering;

// Breach: the Application depends on Npgsql.
public static class ApplicationUsesNpgsql
{
    public static Type Probe => typeof(NpgsqlConnection);
}
