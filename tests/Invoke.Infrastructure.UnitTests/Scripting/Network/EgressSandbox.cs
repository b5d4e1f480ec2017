using System.Net;
using Invoke.Application.KeyValueStore;
using Invoke.Application.Runtime.Egress;
using Invoke.Application.Runtime.Execution;
using Invoke.Domain.NetworkPolicies.Egress;
using Invoke.Infrastructure.Networking;
using Invoke.Infrastructure.Scripting;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace Invoke.Infrastructure.UnitTests.Scripting.Network;

/// <summary>
/// Functions run against <see cref="LoopbackServers"/> with the built-in loopback deny lifted (the operator's switch)
/// and a project rule set allowing some of the servers and denying others.
/// </summary>
internal sealed class EgressSandbox
{
    private readonly LoopbackServers _servers;
    private readonly JintFunctionRuntime _runtime;

    public EgressSandbox(LoopbackServers servers, EgressOptions? options = null)
    {
        _servers = servers;
        Resolver = new ScriptedResolver(new Dictionary<string, IPAddress[][]>
        {
            ["api.allowed.test"] = [[LoopbackServers.Allowed]],
            ["secure.allowed.test"] = [[LoopbackServers.Allowed]],
            ["x.denied.test"] = [[LoopbackServers.Allowed]],
            ["mixed.allowed.test"] = [[LoopbackServers.Allowed, LoopbackServers.Forbidden]],
            ["rebind.example"] = [[LoopbackServers.Allowed], [LoopbackServers.Forbidden]],
        });
        Policy = new EgressPolicy(new BuiltInDenyList([BuiltInDenyList.Loopback], []),
        [
            Rule("deny", "ip", "127.0.0.2", 1),
            Rule("deny", "domain", "*.denied.test", 2),
            Rule("allow", "domain", "*.allowed.test", 3),
            Rule("allow", "ip", "127.0.0.1", 4, servers.HttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Rule("allow", "cidr", "127.0.0.0/31", 5, servers.HttpsPort.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
        var tlsOptions = new EgressTlsOptions();
        tlsOptions.AdditionalTrustedRoots.Add(servers.Certificate);
        var wrapped = Options.Create(Sandbox.Options);
        _runtime = new JintFunctionRuntime(
            Sandbox.Scripts, new WarmEngines(wrapped, TimeProvider.System), wrapped, TimeProvider.System,
            Substitute.For<IFunctionKeyValueStore>(), TestEgress.Services(Policy, Resolver, options, tlsOptions));
    }

    public ScriptedResolver Resolver { get; }

    public EgressPolicy Policy { get; }

    public Task<FunctionResponse> RunAsync(string indexJs, Guid? projectId = null) =>
        _runtime.RunAsync(
            new FunctionInvocation(
                Guid.NewGuid(), Guid.NewGuid(), projectId ?? Guid.NewGuid(), Sandbox.Package(Ports(indexJs)), new Dictionary<string, string>(),
                Sandbox.Request(), new InvocationLimits(TimeSpan.FromSeconds(10), 64L * 1024 * 1024)),
            CancellationToken.None);

    /// <summary>The function's source with HTTP, HTTPS, FORBIDDEN and TCP standing for the fixture ports.</summary>
    private string Ports(string source) => source
        .Replace("HTTPS_PORT", _servers.HttpsPort.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("HTTP_PORT", _servers.HttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("FORBIDDEN_PORT", _servers.ForbiddenPort.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("TCP_PORT", _servers.TcpPort.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static EgressRule Rule(string action, string type, string value, int priority, string? ports = null) =>
        new(action, type, value, PortRange.Parse(ports), priority, null, "project");
}

internal static class FunctionResponseText
{
    /// <summary>The body, or why there is none, so that a failing assertion shows the function's error.</summary>
    public static string Outcome(this FunctionResponse response) => response.Failure?.Message ?? response.Text();
}
