using Npgsql;

namespace Invoke.ArchitectureTests.Violations.Domain.Layering;

public static class DomainShell
{
    // Breach hidden in a nested internal type: Cecil gives such a type an empty namespace, so a rule that selects the
    // layer by namespace regex alone would never look at it.
    internal static class NestedDomainUsesNpgsql
    {
        public static Type Probe => typeof(NpgsqlConnection);
    }
}
