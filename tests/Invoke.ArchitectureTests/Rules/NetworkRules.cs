using Invoke.ArchitectureTests.Scopes;
using NetArchTest.Rules;

namespace Invoke.ArchitectureTests.Rules;

public static class NetworkRules
{
    /// <summary>
    /// The raw network types: whoever holds one can connect without the egress guard (docs/adr/0029). Names match as
    /// prefixes, so <c>System.Net.Sockets.Socket</c> also covers <c>SocketException</c> and the other socket types.
    /// </summary>
    public static readonly string[] RawNetworkTypes =
    [
        "System.Net.Sockets.Socket",
        "System.Net.Sockets.TcpClient",
        "System.Net.Sockets.TcpListener",
        "System.Net.Sockets.UdpClient",
        "System.Net.Sockets.NetworkStream",
        "System.Net.Security.SslStream",
        "System.Net.Http.SocketsHttpHandler",
        "System.Net.Http.HttpClientHandler",
        "System.Net.WebSockets.ClientWebSocket",
    ];

    /// <summary>Raw sockets, TLS streams and connection handlers belong to Infrastructure's networking folder alone.</summary>
    public static TestResult RawSocketsOnlyInNetworking(ArchitectureScope scope) =>
        scope.AllTypes()
            .That().MeetCustomRule(new Satisfies(type => !type.IsInNamespace(scope.NetworkingNamespace)))
            .ShouldNot()
            .HaveDependencyOnAny(RawNetworkTypes)
            .GetResult();
}
