using Invoke.Infrastructure.Configuration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Invoke.Api.Hosting;

internal static class ListenAddresses
{
    public const string AdminPortKey = "ADMIN_PORT";
    public const int DefaultAdminPort = 3000;

    /// <summary>Listens on every interface at <c>ADMIN_PORT</c> unless <c>ASPNETCORE_URLS</c> or <c>--urls</c> chose.</summary>
    public static void UseAdminPort(this IWebHostBuilder webHost, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey]))
        {
            webHost.UseUrls($"http://0.0.0.0:{configuration.GetPort(AdminPortKey, DefaultAdminPort)}");
        }
    }

    /// <summary>Once the server listens, logs where a browser on this machine finds the Swagger UI.</summary>
    public static void LogSwaggerUiAddressWhenStarted(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            var first = addresses?.FirstOrDefault();
            if (first is not null)
            {
                app.Logger.LogInformation("Swagger UI: {SwaggerUiUrl}", SwaggerUiUrl(first));
            }
        });

    public static string SwaggerUiUrl(string serverAddress)
    {
        var address = BindingAddress.Parse(serverAddress);
        var host = address.Host is "0.0.0.0" or "[::]" or "+" or "*" ? "localhost" : address.Host;
        return $"{address.Scheme}://{host}:{address.Port}/swagger";
    }
}
