using Invoke.ArchitectureTests.Rules;
using Invoke.ArchitectureTests.Scopes;
using Invoke.ArchitectureTests.Violations.Api.KeyValueStore;
using Invoke.ArchitectureTests.Violations.Application.KeyValueStore;

namespace Invoke.ArchitectureTests;

public sealed class KeyValueStoreTests
{
    [Fact]
    public void RuntimeKvRequests_OnProduct_ShouldOnlyBeBuiltByTheFunctionPort()
    {
        ArchAssert.Passes(KeyValueStoreRules.RuntimeRequestsOnlyFromTheFunctionPort(ArchitectureScope.Product));
    }

    [Fact]
    public void RuntimeKvRequests_OnViolationFixture_ShouldFlagTheEndpointButNotThePort()
    {
        var result = KeyValueStoreRules.RuntimeRequestsOnlyFromTheFunctionPort(ArchitectureScope.ViolationFixture);

        ArchAssert.FlagsExactly(result, typeof(ControllerSendsRuntimeKvCommand));
        Assert.DoesNotContain(typeof(FunctionPortSendsRuntimeKvCommand), result.FailingTypes ?? []);
    }
}
