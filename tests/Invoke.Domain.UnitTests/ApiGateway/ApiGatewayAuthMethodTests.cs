using Invoke.Domain.ApiGateway;
using Invoke.Domain.Common;

namespace Invoke.Domain.UnitTests.ApiGateway;

public sealed class ApiGatewayAuthMethodTests
{
    [Theory]
    [InlineData(AuthMethodType.BasicAuth)]
    [InlineData(AuthMethodType.BearerJwt)]
    [InlineData(AuthMethodType.ApiKey)]
    [InlineData(AuthMethodType.Middleware)]
    public void Create_WhenTypeIsKnown_ShouldAccept(string type)
    {
        var method = ApiGatewayAuthMethod.Create(Guid.NewGuid(), " name ", type, "{}");

        Assert.Equal(("name", type), (method.Name, method.Type));
    }

    [Theory]
    [InlineData("oauth")]
    [InlineData("Basic_Auth")]
    public void Create_WhenTypeIsUnknown_ShouldRefuse(string type)
    {
        var refusal = Assert.Throws<InvalidValueException>(() => ApiGatewayAuthMethod.Create(Guid.NewGuid(), "name", type, "{}"));

        Assert.Equal("type", refusal.Field);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("{not json")]
    [InlineData("")]
    public void Create_WhenConfigIsNotAJsonObject_ShouldRefuse(string config)
    {
        var refusal = Assert.Throws<InvalidValueException>(
            () => ApiGatewayAuthMethod.Create(Guid.NewGuid(), "name", AuthMethodType.ApiKey, config));

        Assert.Equal("config", refusal.Field);
    }

    [Fact]
    public void Create_WhenNameIsTooLong_ShouldRefuse()
    {
        var refusal = Assert.Throws<InvalidValueException>(() => ApiGatewayAuthMethod.Create(
            Guid.NewGuid(), new string('n', ApiGatewayAuthMethod.NameMaxLength + 1), AuthMethodType.ApiKey, "{}"));

        Assert.Equal("name", refusal.Field);
    }

    [Fact]
    public void Update_WhenValid_ShouldReplaceNameTypeAndConfig()
    {
        var method = ApiGatewayAuthMethod.Create(Guid.NewGuid(), "keys", AuthMethodType.ApiKey, """{"apiKeys":["a"]}""");

        method.Update("gate", AuthMethodType.Middleware, """{"functionId":"f"}""");

        Assert.Equal(("gate", "middleware", """{"functionId":"f"}"""), (method.Name, method.Type, method.Config));
    }
}
