using Jint.Native;

namespace Invoke.ArchitectureTests.Violations.Infrastructure;

public sealed class InfrastructureOutsideScriptingUsesEngine
{
    public object Undefined() => JsValue.Undefined;
}
