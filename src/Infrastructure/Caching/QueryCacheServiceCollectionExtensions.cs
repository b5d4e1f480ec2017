using Invoke.Application.Common.Caching;
using Invoke.Infrastructure.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Infrastructure.Caching;

public static class QueryCacheServiceCollectionExtensions
{
    /// <summary>
    /// The query cache, the NOTIFY listener that invalidates it and the periodic safety flush. Its pipeline behaviours
    /// (serving cached queries, waiting for the cache after writes) take their places in <see cref="RequestPipeline"/>.
    /// </summary>
    public static IServiceCollection AddQueryCache(this IServiceCollection services)
    {
        services.AddOptions<CacheOptions>()
            .BindConfiguration(CacheOptions.SectionName)
            .Validate(
                options => options.DebounceWindow >= TimeSpan.Zero
                    && options.SafetyFlushInterval > TimeSpan.Zero
                    && options.MinReconnectDelay > TimeSpan.Zero
                    && options.MaxReconnectDelay >= options.MinReconnectDelay
                    && options.KeepAliveSeconds >= 0
                    && options.MaxEntries > 0
                    && options.SyncTimeout >= TimeSpan.Zero,
                $"{CacheOptions.SectionName}: durations must be positive (the debounce window and the sync timeout may be zero), " +
                "MaxReconnectDelay at least MinReconnectDelay, MaxEntries positive.")
            .ValidateOnStart();

        services.AddSingleton<QueryCache>();
        services.AddSingleton<ICacheStatistics>(provider => provider.GetRequiredService<QueryCache>());

        services.AddSingleton<CacheInvalidator>();
        services.AddSingleton<INotificationObserver, NotificationFanOut>();
        services.AddSingleton<PostgresNotificationListener>();
        services.AddSingleton<INotificationSync>(provider => provider.GetRequiredService<PostgresNotificationListener>());
        services.AddHostedService(provider => provider.GetRequiredService<PostgresNotificationListener>());
        services.AddHostedService<CacheSafetyFlusher>();
        return services;
    }
}
