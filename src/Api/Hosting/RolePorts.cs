using Invoke.Infrastructure.Configuration;

namespace Invoke.Api.Hosting;

/// <summary>
/// The ports of the execution and gateway roles (null when the role is off). A request belongs to the role whose port
/// it arrived on; everything else is the admin API.
/// </summary>
public sealed record RolePorts(int? Execution, int? Gateway)
{
    public const string ExecutionPortKey = "EXECUTION_PORT";
    public const string GatewayPortKey = "GATEWAY_PORT";
    public const int DefaultExecutionPort = 3001;
    public const int DefaultGatewayPort = 3002;

    public static RolePorts From(IConfiguration configuration, InvokeRoles roles) => new(
        roles.Execution ? configuration.GetPort(ExecutionPortKey, DefaultExecutionPort) : null,
        roles.Gateway ? configuration.GetPort(GatewayPortKey, DefaultGatewayPort) : null);

    public bool IsExecution(HttpContext http) => Execution is { } port && http.Connection.LocalPort == port;

    public bool IsGateway(HttpContext http) => Gateway is { } port && http.Connection.LocalPort == port;
}
