using Invoke.Api.Execution;
using Invoke.Api.Hosting;
using MediatR;

namespace Invoke.Api.Gateway;

/// <summary>
/// The gateway role's port: <c>GET /health</c> (before any project's routes, as in the original), then every other
/// request is a gateway request. A terminal branch of its own, so no admin route is reachable on it.
/// </summary>
internal static class GatewayEndpoints
{
    public static void MapGatewayRole(this WebApplication app, RolePorts ports) =>
        app.MapWhen(ports.IsGateway, branch => branch.Run(http =>
            http.Request.Path == "/health" && HttpMethods.IsGet(http.Request.Method)
                ? WriteHealthAsync(http)
                : http.RequestServices.GetRequiredService<GatewayHttp>().HandleAsync(http)));

    private static async Task WriteHealthAsync(HttpContext http)
    {
        var router = http.RequestServices.GetRequiredService<GatewayRouter>();
        GatewayRoutingTable table;
        try
        {
            table = await router.TableAsync(http.RequestServices.GetRequiredService<IMediator>(), http.RequestAborted);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await ExecutionReplies.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, "Routing table unavailable");
            return;
        }

        await http.Response.WriteAsJsonAsync(new GatewayHealthResponse("ok", "invoke-gateway", new GatewayCacheResponse(
            router.LastRefreshed, table.ProjectCount, table.ByDomain.Count, table.RouteCount, table.Skipped.Count, router.Compilations)));
    }
}
