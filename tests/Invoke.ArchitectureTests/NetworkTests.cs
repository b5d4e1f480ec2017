using Invoke.ArchitectureTests.Rules;
using Invoke.ArchitectureTests.Scopes;
using Invoke.ArchitectureTests.Violations.Application;
using Invoke.ArchitectureTests.Violations.Infrastructure;
using Invoke.ArchitectureTests.Violations.Infrastructure.Networking;

namespace Invoke.ArchitectureTests;

public sealed class NetworkTests
{
    [Fact]
    public void RawSockets_OnProduct_ShouldOnlyBeUsedInInfrastructureNetworking()
    {
        ArchAssert.Passes(NetworkRules.RawSocketsOnlyInNetworking(ArchitectureScope.Product));
    }

    [Fact]
    public void RawSockets_OnViolationFixture_ShouldFlagEveryUseOutsideNetworking()
    {
        var result = NetworkRules.RawSocketsOnlyInNetworking(ArchitectureScope.ViolationFixture);

        ArchAssert.FlagsExactly(result, typeof(ScriptingOpensASocket), typeof(HandlerOutsideNetworking), typeof(ApplicationWrapsTls));
        Assert.DoesNotContain(typeof(AllowedSocketUse), result.FailingTypes ?? []);
    }
}
