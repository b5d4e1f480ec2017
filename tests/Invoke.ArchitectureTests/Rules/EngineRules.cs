using Invoke.ArchitectureTests.Scopes;
using NetArchTest.Rules;

namespace Invoke.ArchitectureTests.Rules;

public static class EngineRules
{
    /// <summary>The JavaScript engine (Jint and its parser Acornima) is an adapter detail of Infrastructure's scripting folder.</summary>
    public static TestResult JavaScriptEngineOnlyInScripting(ArchitectureScope scope) =>
        scope.AllTypes()
            .That().MeetCustomRule(new Satisfies(type => !type.IsInNamespace(scope.ScriptingNamespace)))
            .ShouldNot()
            .HaveDependencyOnAny("Jint", "Acornima")
            .GetResult();
}
