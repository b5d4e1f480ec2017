namespace Invoke.ArchitectureTests.Violations.Application.Engine;

public sealed class ApplicationUsesEngine
{
    public object Create() => new Jint.Engine();
}
