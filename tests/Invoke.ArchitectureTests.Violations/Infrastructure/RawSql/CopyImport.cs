using Npgsql;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.RawSql;

// Breach: a COPY statement through BeginTextImport.
public sealed class CopyImport(NpgsqlConnection connection)
{
    public void Import(string csv)
    {
        using var writer = connection.BeginTextImport("COPY widgets (name) FROM STDIN");
        writer.Write(csv);
    }
}
