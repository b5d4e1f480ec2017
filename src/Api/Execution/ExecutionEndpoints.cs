using Invoke.Api.Hosting;
using Invoke.Api.Scheduler;
using Invoke.Application.Runtime;
using Invoke.Application.Scheduler;
using Invoke.Application.Runtime.Execution;

namespace Invoke.Api.Execution;

/// <summary>
/// The execution role's HTTP surface on <c>EXECUTION_PORT</c>: <c>ANY /invoke/{functionId}[/{*path}]</c> and
/// <c>POST /scheduler/trigger-scheduled</c> (administrators only) and <c>GET /health</c>. A terminal branch of its own, so no admin route answers on this port and no execution route on
/// the admin port.
/// </summary>
internal static class ExecutionEndpoints
{
    private const string InvokePrefix = "/invoke/";

    public static void MapExecutionRole(this WebApplication app, RolePorts ports) =>
        app.MapWhen(ports.IsExecution, branch => branch.Run(HandleAsync));

    private static Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        if (path.StartsWith(InvokePrefix, StringComparison.Ordinal))
        {
            var rest = path[InvokePrefix.Length..];
            var slash = rest.IndexOf('/');
            var functionId = slash == -1 ? rest : rest[..slash];
            var subPath = slash == -1 ? "/" : rest[slash..];
            return http.RequestServices.GetRequiredService<InvocationHttp>().InvokeAsync(http, functionId, subPath);
        }

        if (path == SchedulerTrigger.Path && HttpMethods.IsPost(http.Request.Method))
        {
            return SchedulerTrigger.HandleAsync(http);
        }

        if (path == "/health" && HttpMethods.IsGet(http.Request.Method))
        {
            return WriteHealthAsync(http);
        }

        return ExecutionReplies.WriteAsync(http, StatusCodes.Status404NotFound, "Endpoint not found");
    }

    private static Task WriteHealthAsync(HttpContext http)
    {
        var slots = http.RequestServices.GetRequiredService<InvocationSlots>();
        var packages = http.RequestServices.GetRequiredService<PackageFileCache>();
        return http.Response.WriteAsJsonAsync(new ExecutionHealthResponse(
            "healthy",
            "invoke-execution",
            http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
            new ExecutionPoolResponse(
                slots.Running, slots.Waiting, packages.Count, packages.TotalBytes,
                http.RequestServices.GetRequiredService<IExecutionLogQueue>().DroppedCount),
            SchedulerMetricsResponse.From(
                http.RequestServices.GetRequiredService<InvokeRoles>(), http.RequestServices.GetRequiredService<SchedulerMetrics>())));
    }
}
