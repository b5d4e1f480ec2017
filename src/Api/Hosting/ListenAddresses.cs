using Invoke.Infrastructure.Configuration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Invoke.Api.Hosting;

internal static class ListenAddresses
{
    public const string AdminPortKey = "ADMIN_PORT";
    public const int DefaultAdminPort = 3000;

    /// <summary>
    /// Listens where the enabled roles are served: the admin addresses (<c>ASPNETCORE_URLS</c> or <c>--urls</c> when
    /// given, else every interface at <c>ADMIN_PORT</c>) and the execution and gateway ports on every interface.
    /// </summary>
    /// <exception cref="InvalidOperationException">Two roles would share a port.</exception>
    public static void UseRolePorts(this IWebHostBuilder webHost, IConfiguration configuration, InvokeRoles roles, RolePorts ports)
    {
        var addresses = new List<string>();
        if (roles.Admin)
        {
            addresses.AddRange(AdminAddresses(configuration));
        }

        var adminPorts = addresses.Select(a => BindingAddress.Parse(a).Port).ToHashSet();
        foreach (var (key, port) in new[] { (RolePorts.ExecutionPortKey, ports.Execution), (RolePorts.GatewayPortKey, ports.Gateway) })
        {
            if (port is not { } value)
            {
                continue;
            }

            if (!adminPorts.Add(value))
            {
                throw new InvalidOperationException($"{key} ({value}) must differ from the ports of the other roles.");
            }

            addresses.Add($"http://0.0.0.0:{value}");
        }

        webHost.UseUrls([.. addresses]);
    }

    private static IEnumerable<string> AdminAddresses(IConfiguration configuration) =>
        configuration[WebHostDefaults.ServerUrlsKey] is { Length: > 0 } urls
            ? urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [$"http://0.0.0.0:{configuration.GetPort(AdminPortKey, DefaultAdminPort)}"];

    /// <summary>Once the server listens, logs where each enabled role answers (the Swagger UI for the admin API).</summary>
    public static void LogRoleAddressesWhenStarted(this WebApplication app, InvokeRoles roles, RolePorts ports) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var rolePorts = new[] { ports.Execution, ports.Gateway };
            var admin = addresses.FirstOrDefault(a => !rolePorts.Contains(BindingAddress.Parse(a).Port));
            app.Logger.LogInformation("Roles: {Roles}", roles);
            if (roles.Admin && admin is not null)
            {
                app.Logger.LogInformation("Swagger UI: {SwaggerUiUrl}", SwaggerUiUrl(admin));
            }

            if (ports.Execution is { } execution)
            {
                app.Logger.LogInformation("Execution: http://localhost:{Port}/invoke/{{functionId}}", execution);
            }

            if (ports.Gateway is { } gateway)
            {
                app.Logger.LogInformation("Gateway: http://localhost:{Port}", gateway);
            }
        });

    public static string SwaggerUiUrl(string serverAddress)
    {
        var address = BindingAddress.Parse(serverAddress);
        var host = address.Host is "0.0.0.0" or "[::]" or "+" or "*" ? "localhost" : address.Host;
        return $"{address.Scheme}://{host}:{address.Port}/swagger";
    }
}
