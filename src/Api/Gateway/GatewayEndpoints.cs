using Invoke.Api.Execution;
using Invoke.Api.Hosting;

namespace Invoke.Api.Gateway;

/// <summary>
/// The gateway role's port. Its routes come with the gateway; until then it answers its health check and 404 for
/// everything else, so that no admin route is reachable on it.
/// </summary>
internal static class GatewayEndpoints
{
    public static void MapGatewayRole(this WebApplication app, RolePorts ports) =>
        app.MapWhen(ports.IsGateway, branch => branch.Run(http =>
            http.Request.Path == "/health" && HttpMethods.IsGet(http.Request.Method)
                ? http.Response.WriteAsJsonAsync(new GatewayHealthResponse("healthy", "invoke-gateway"))
                : ExecutionReplies.WriteAsync(http, StatusCodes.Status404NotFound, "Endpoint not found")));
}
