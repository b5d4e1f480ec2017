using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Infrastructure.Caching;
using Invoke.Infrastructure.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Invoke.Api.IntegrationTests.Caching;

/// <summary>The API whose cache hears of every change <see cref="Delay"/> after it was committed.</summary>
public sealed class SlowListenerApiFactory : InvokeApiFactory
{
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(200);

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.RemoveAll<INotificationObserver>();
        services.AddSingleton<INotificationObserver>(provider =>
            new DelayingObserver(ActivatorUtilities.CreateInstance<CacheInvalidator>(provider), Delay));
    }
}
