using Invoke.Api.IntegrationTests.Auth;
using Invoke.Api.IntegrationTests.Caching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Invoke.Api.IntegrationTests.Sessions;

/// <summary>
/// The API behind a local proxy (as <see cref="IdentityApiFactory"/>) on a clock the test moves, with its log kept, so
/// that tokens expire without waiting and reuse warnings can be read.
/// </summary>
public class SessionApiFactory : IdentityApiFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public RecordingLoggerProvider Logs { get; } = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ILoggerProvider>(Logs);
    }
}
