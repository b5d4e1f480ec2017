using System.Net.Http;

namespace Invoke.ArchitectureTests.Violations.Infrastructure;

public sealed class HandlerOutsideNetworking
{
    public HttpMessageInvoker Client() => new(new SocketsHttpHandler());
}
