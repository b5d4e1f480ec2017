using System.Net.Sockets;

namespace Invoke.ArchitectureTests.Violations.Infrastructure;

public sealed class ScriptingOpensASocket
{
    public Socket Open() => new(SocketType.Stream, ProtocolType.Tcp);
}
