using System.Net;
using Invoke.Api.Hosting;
using Invoke.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Api.IntegrationTests.Auth;

/// <summary>
/// The API as it runs behind a reverse proxy on the same host, trusted through <c>TRUST_PROXY</c>: every request
/// arrives from 127.0.0.1, and a test chooses the client's address with <c>X-Forwarded-For</c>
/// (<see cref="FromAddress"/>). API key uses are written every 100 ms instead of every 5 s.
/// </summary>
public class IdentityApiFactory : InvokeApiFactory
{
    public static HttpRequestMessage FromAddress(HttpRequestMessage request, string address)
    {
        request.Headers.Add("X-Forwarded-For", address);
        return request;
    }

    public const string LocalProxy = "127.0.0.1";

    protected override void ConfigureSettings(IDictionary<string, string?> settings)
    {
        settings["ApiKeyUsage:FlushInterval"] = "00:00:00.100";
        settings[TrustedProxies.ConfigurationKey] = LocalProxy;
    }

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IStartupFilter, LocalProxyStartupFilter>();

    private sealed class LocalProxyStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(LocalProxy);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
