using DotNet.Testcontainers.Builders;
using Npgsql;
using Testcontainers.PostgreSql;

namespace Invoke.Testing;

/// <summary>
/// One PostgreSQL server per test process: the server named by <see cref="ConnectionStringVariable"/> (what
/// scripts/test.sh and CI start) when it is set, otherwise a Testcontainers container. Each
/// <see cref="PostgresDatabase"/> creates its own database on it.
/// </summary>
public static class PostgresServer
{
    public const string ConnectionStringVariable = "INVOKE_TEST_POSTGRES";

    // Build() probes the Docker endpoint; one that accepts connections but never answers would block it forever.
    private static readonly TimeSpan DockerProbeTimeout = TimeSpan.FromSeconds(10);

    private static readonly Lazy<Task<string>> AdminConnectionString = new(ResolveAsync);

    public static Task<string> GetAdminConnectionStringAsync() => AdminConnectionString.Value;

    private static async Task<string> ResolveAsync()
    {
        var configured = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new NpgsqlConnectionStringBuilder(configured) { Pooling = false }.ConnectionString;
        }

        return await StartContainerAsync();
    }

    private static async Task<string> StartContainerAsync()
    {
        PostgreSqlContainer container;
        try
        {
            container = await Task.Run(() => new PostgreSqlBuilder("postgres:15").Build()).WaitAsync(DockerProbeTimeout);
        }
        catch (Exception exception) when (exception is DockerUnavailableException or TimeoutException)
        {
            throw new InvalidOperationException(
                $"{ConnectionStringVariable} is not set and no Docker engine answers. Run the tests through " +
                "scripts/test.sh, which starts a throwaway PostgreSQL, or set " +
                $"{ConnectionStringVariable} to a server where the tests may create databases.",
                exception);
        }

        await container.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return container.GetConnectionString();
    }
}
