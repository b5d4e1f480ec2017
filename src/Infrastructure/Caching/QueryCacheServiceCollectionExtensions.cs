using Invoke.Application.Common.Caching;
using Invoke.Infrastructure.Notifications;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Infrastructure.Caching;

public static class QueryCacheServiceCollectionExtensions
{
    /// <summary>
    /// The query cache, its pipeline behaviours (serving cached queries, waiting for the cache after writes), the NOTIFY
    /// listener that invalidates it and the periodic safety flush. Call after <c>AddApplication</c>: behaviours registered
    /// later run inside earlier ones, and the cache belongs innermost, after validation.
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
        // Inside validation and conflict retries (a retried request waits once its last attempt is over), outside the cache.
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ReadYourWritesBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(CachingBehaviour<,>));

        services.AddSingleton<CacheInvalidator>();
        services.AddSingleton<INotificationObserver, NotificationFanOut>();
        services.AddSingleton<PostgresNotificationListener>();
        services.AddSingleton<INotificationSync>(provider => provider.GetRequiredService<PostgresNotificationListener>());
        services.AddHostedService(provider => provider.GetRequiredService<PostgresNotificationListener>());
        services.AddHostedService<CacheSafetyFlusher>();
        return services;
    }
}
