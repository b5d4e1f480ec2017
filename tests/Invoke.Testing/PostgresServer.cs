using DotNet.Testcontainers.Builders;
using Npgsql;
using Testcontainers.PostgreSql;

namespace Invoke.Testing;

/// <summary>
/// One PostgreSQL server per test process: a Testcontainers container when a Docker engine answers,
/// otherwise the server named by <see cref="ConnectionStringVariable"/> (what CI and the README test
/// command start). Each <see cref="PostgresDatabase"/> creates its own database on it.
/// </summary>
public static class PostgresServer
{
    public const string ConnectionStringVariable = "INVOKE_TEST_POSTGRES";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _adminConnectionString;
    private static PostgreSqlContainer? _container;

    public static async Task<string> GetAdminConnectionStringAsync()
    {
        if (_adminConnectionString is not null)
        {
            return _adminConnectionString;
        }

        await Gate.WaitAsync();
        try
        {
            _adminConnectionString ??= await StartContainerAsync() ?? FromEnvironment();
            return _adminConnectionString;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<string?> StartContainerAsync()
    {
        try
        {
            _container = new PostgreSqlBuilder("postgres:15").Build();
        }
        catch (DockerUnavailableException)
        {
            return null;
        }

        await _container.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => _container.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return _container.GetConnectionString();
    }

    private static string FromEnvironment()
    {
        var value = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"No Docker engine is available and {ConnectionStringVariable} is not set. " +
                "Run the tests through scripts/test.sh, which starts a throwaway PostgreSQL, " +
                $"or set {ConnectionStringVariable} to a server where the tests may create databases.");
        }

        return new NpgsqlConnectionStringBuilder(value) { Pooling = false }.ConnectionString;
    }
}
