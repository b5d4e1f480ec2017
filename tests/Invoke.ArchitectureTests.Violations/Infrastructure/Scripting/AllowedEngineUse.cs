using Jint;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.Scripting;

/// <summary>The scripting adapter may create engines.</summary>
public sealed class AllowedEngineUse
{
    public object Create() => new Engine();
}
