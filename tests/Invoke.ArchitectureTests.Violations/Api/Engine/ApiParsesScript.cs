using Acornima;

namespace Invoke.ArchitectureTests.Violations.Api.Engine;

public sealed class ApiParsesScript
{
    public object Parse(string source) => new Parser().ParseScript(source);
}
