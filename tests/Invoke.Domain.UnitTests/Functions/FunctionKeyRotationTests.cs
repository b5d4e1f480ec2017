using Invoke.Domain.Functions;

namespace Invoke.Domain.UnitTests.Functions;

public sealed class FunctionKeyRotationTests
{
    [Fact]
    public void RequireApiKey_WhenFunctionHasNoKey_ShouldGenerateOne()
    {
        var function = NewFunction();

        function.RequireApiKey();

        Assert.True(function.RequiresApiKey);
        Assert.Matches("^[0-9a-f]{64}$", function.ApiKey);
    }

    [Fact]
    public void RequireApiKey_WhenAKeyWasKept_ShouldRestoreItInsteadOfGeneratingAnother()
    {
        var function = NewFunction();
        function.RequireApiKey("kept-key");
        function.StopRequiringApiKey();

        function.RequireApiKey();

        Assert.Equal(((bool?)true, "kept-key"), (function.RequiresApiKey, function.ApiKey));
    }

    [Fact]
    public void RegenerateApiKey_WhenKeyIsRequired_ShouldReplaceAndReturnTheKey()
    {
        var function = NewFunction();
        function.RequireApiKey("old-key");

        var key = function.RegenerateApiKey();

        Assert.NotEqual("old-key", key);
        Assert.Equal(key, function.ApiKey);
        Assert.Matches("^[0-9a-f]{64}$", key);
    }

    [Fact]
    public void RegenerateApiKey_WhenKeyIsNotRequired_ShouldRefuseAndKeepTheOldKey()
    {
        var function = NewFunction();
        function.RequireApiKey("old-key");
        function.StopRequiringApiKey();

        var refusal = Assert.Throws<ApiKeyNotRequiredException>(() => function.RegenerateApiKey());

        Assert.Equal("Function does not require API key", refusal.Message);
        Assert.Equal("old-key", function.ApiKey);
    }

    private static Function NewFunction() => Function.Create(Guid.NewGuid(), "fn", null, deployedBy: null);
}
