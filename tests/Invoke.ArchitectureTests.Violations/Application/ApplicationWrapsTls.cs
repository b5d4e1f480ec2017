using System.Net.Security;

namespace Invoke.ArchitectureTests.Violations.Application;

public sealed class ApplicationWrapsTls
{
    public Stream Wrap(Stream inner) => new SslStream(inner);
}
