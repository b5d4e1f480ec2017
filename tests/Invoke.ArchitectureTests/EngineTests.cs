using Invoke.ArchitectureTests.Rules;
using Invoke.ArchitectureTests.Scopes;
using Invoke.ArchitectureTests.Violations.Api.Engine;
using Invoke.ArchitectureTests.Violations.Application.Engine;
using Invoke.ArchitectureTests.Violations.Infrastructure;
using Invoke.ArchitectureTests.Violations.Infrastructure.Scripting;

namespace Invoke.ArchitectureTests;

public sealed class EngineTests
{
    [Fact]
    public void JavaScriptEngine_OnProduct_ShouldOnlyBeUsedInInfrastructureScripting()
    {
        ArchAssert.Passes(EngineRules.JavaScriptEngineOnlyInScripting(ArchitectureScope.Product));
    }

    [Fact]
    public void JavaScriptEngine_OnViolationFixture_ShouldFlagEveryUseOutsideScripting()
    {
        var result = EngineRules.JavaScriptEngineOnlyInScripting(ArchitectureScope.ViolationFixture);

        ArchAssert.FlagsExactly(
            result,
            typeof(ApplicationUsesEngine),
            typeof(ApiParsesScript),
            typeof(InfrastructureOutsideScriptingUsesEngine));
        Assert.DoesNotContain(typeof(AllowedEngineUse), result.FailingTypes ?? []);
    }
}
