using Invoke.Testing;

namespace Invoke.Api.IntegrationTests.Caching;

/// <summary>Two API instances, A and B, on one fresh database.</summary>
public sealed class TwoHosts : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    public CacheHost A { get; private set; } = null!;

    public CacheHost B { get; private set; } = null!;

    public string ConnectionString => _database.ConnectionString;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        A = new CacheHost(ConnectionString);
        await A.StartAsync();
        B = new CacheHost(ConnectionString);
        await B.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await _database.DisposeAsync();
    }
}
