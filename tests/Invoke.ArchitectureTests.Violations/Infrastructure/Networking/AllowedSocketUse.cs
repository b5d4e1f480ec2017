using System.Net.Sockets;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.Networking;

public sealed class AllowedSocketUse
{
    public Socket Open() => new(SocketType.Stream, ProtocolType.Tcp);
}
