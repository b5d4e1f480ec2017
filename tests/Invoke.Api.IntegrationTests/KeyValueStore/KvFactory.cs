using Invoke.Api.IntegrationTests.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Invoke.Api.IntegrationTests.KeyValueStore;

/// <summary>The execution role on a clock the test moves, so that TTLs expire without waiting.</summary>
public sealed class KvFactory : ExecutionRoleFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton<TimeProvider>(Clock);
    }
}

/// <summary>The key-value tests share one host and database.</summary>
[CollectionDefinition(Name)]
public sealed class KvCollection : ICollectionFixture<KvFactory>
{
    public const string Name = "kv";
}
