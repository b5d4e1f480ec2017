using Invoke.Domain.ApiGateway;
using Invoke.Domain.Common;

namespace Invoke.Domain.UnitTests.ApiGateway;

public sealed class ApiGatewayRouteTests
{
    [Fact]
    public void Create_WithDefaults_ShouldAllowGetAndPostUseOrLogicAndDefaultCors()
    {
        var functionId = Guid.NewGuid();

        var route = ApiGatewayRoute.Create(Guid.NewGuid(), "/users/:id", functionId, sortOrder: 2);

        Assert.Equal(["GET", "POST"], route.AllowedMethods);
        Assert.Equal(("/users/:id", (Guid?)functionId, 2, true, "or"), (route.RoutePath, route.FunctionId, route.SortOrder, route.IsActive, route.AuthLogic));
        Assert.Equal((route.Id, false, ApiGatewayRouteSettings.DefaultCorsMaxAge), (route.Settings!.RouteId, route.Settings.CorsEnabled, route.Settings.CorsMaxAge));
    }

    [Theory]
    [InlineData("")]
    [InlineData("users")]
    [InlineData("  ")]
    public void Create_WhenPathIsEmptyOrRelative_ShouldRefuse(string path)
    {
        var refusal = Assert.Throws<InvalidValueException>(() => ApiGatewayRoute.Create(Guid.NewGuid(), path, null, 0));

        Assert.Equal("route_path", refusal.Field);
    }

    [Fact]
    public void Create_WhenPathIsTooLong_ShouldRefuse()
    {
        var path = "/" + new string('p', ApiGatewayRoute.RoutePathMaxLength);

        var refusal = Assert.Throws<InvalidValueException>(() => ApiGatewayRoute.Create(Guid.NewGuid(), path, null, 0));

        Assert.Equal("route_path", refusal.Field);
    }

    [Fact]
    public void Create_WhenMethodsAreLowerCaseOrRepeated_ShouldStoreThemUpperCaseOnce()
    {
        var route = ApiGatewayRoute.Create(Guid.NewGuid(), "/", null, 0, ["get", "GET", "delete", "options"]);

        Assert.Equal(["GET", "DELETE", "OPTIONS"], route.AllowedMethods);
    }

    public static TheoryData<string[]> EmptyOrUnknownMethods => new() { Array.Empty<string>(), new[] { "GET", "FETCH" }, new[] { "" } };

    [Theory]
    [MemberData(nameof(EmptyOrUnknownMethods))]
    public void Create_WhenMethodsAreEmptyOrUnknown_ShouldRefuse(string[] methods)
    {
        var refusal = Assert.Throws<InvalidValueException>(() => ApiGatewayRoute.Create(Guid.NewGuid(), "/", null, 0, methods));

        Assert.Equal("allowed_methods", refusal.Field);
    }

    [Theory]
    [InlineData("xor")]
    [InlineData("AND")]
    public void Update_WhenAuthLogicIsUnknown_ShouldRefuse(string authLogic)
    {
        var route = ApiGatewayRoute.Create(Guid.NewGuid(), "/", null, 0);

        var refusal = Assert.Throws<InvalidValueException>(() => route.Update("/", null, ["GET"], isActive: true, authLogic));

        Assert.Equal("auth_logic", refusal.Field);
    }

    [Fact]
    public void Update_WhenValid_ShouldReplaceRouteFields()
    {
        var route = ApiGatewayRoute.Create(Guid.NewGuid(), "/old", Guid.NewGuid(), 0);

        route.Update("/new", null, ["PUT"], isActive: false, RouteAuthLogic.And);

        Assert.Equal(("/new", (Guid?)null, false, "and"), (route.RoutePath, route.FunctionId, route.IsActive, route.AuthLogic));
        Assert.Equal(["PUT"], route.AllowedMethods);
    }

    [Fact]
    public void ConfigureCors_WhenMaxAgeIsNegative_ShouldRefuse()
    {
        var route = ApiGatewayRoute.Create(Guid.NewGuid(), "/", null, 0);

        var refusal = Assert.Throws<InvalidValueException>(() => route.ConfigureCors(true, ["*"], [], [], maxAge: -1, allowCredentials: false));

        Assert.Equal("cors_max_age", refusal.Field);
        Assert.False(route.Settings!.CorsEnabled);
    }

    [Fact]
    public void ConfigureCors_WhenValid_ShouldStoreEverySetting()
    {
        var route = ApiGatewayRoute.Create(Guid.NewGuid(), "/", null, 0);

        route.ConfigureCors(true, ["https://a.example"], ["x-a"], ["x-b"], maxAge: 0, allowCredentials: true);

        var settings = route.Settings!;
        Assert.Equal((true, 0, true), (settings.CorsEnabled, settings.CorsMaxAge, settings.CorsAllowCredentials));
        Assert.Equal(["https://a.example"], settings.CorsAllowedOrigins);
        Assert.Equal(["x-a"], settings.CorsAllowedHeaders);
        Assert.Equal(["x-b"], settings.CorsExposeHeaders);
    }

    [Fact]
    public void SetAuthMethods_ShouldKeepTheGivenOrder()
    {
        var route = ApiGatewayRoute.Create(Guid.NewGuid(), "/", null, 0);
        Guid[] methods = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];

        route.SetAuthMethods(methods);

        Assert.Equal(methods, route.AuthMethods.Select(link => link.AuthMethodId));
        Assert.Equal([0, 1, 2], route.AuthMethods.Select(link => link.SortOrder));
    }

    [Fact]
    public void SetAuthMethods_WhenReordered_ShouldMoveExistingLinksAndDropMissingOnes()
    {
        var route = ApiGatewayRoute.Create(Guid.NewGuid(), "/", null, 0);
        Guid first = Guid.NewGuid(), second = Guid.NewGuid(), third = Guid.NewGuid();
        route.SetAuthMethods([first, second, third]);
        var secondLink = route.AuthMethods[1];

        route.SetAuthMethods([second, first]);

        Assert.Equal([second, first], route.AuthMethods.Select(link => link.AuthMethodId));
        Assert.Same(secondLink, route.AuthMethods[0]);
    }

    [Fact]
    public void SetAuthMethods_WhenAMethodRepeats_ShouldRefuse()
    {
        var route = ApiGatewayRoute.Create(Guid.NewGuid(), "/", null, 0);
        var method = Guid.NewGuid();

        Assert.Throws<InvalidValueException>(() => route.SetAuthMethods([method, method]));

        Assert.Empty(route.AuthMethods);
    }

    [Theory]
    [InlineData("/files/*")]
    [InlineData("/:a:b")]
    [InlineData("/orders/:id((a))")]
    public void Create_WhenPathDoesNotCompile_ShouldRefuseNamingTheProblem(string path)
    {
        var refusal = Assert.Throws<InvalidValueException>(() => ApiGatewayRoute.Create(Guid.NewGuid(), path, null, 0));

        Assert.Equal("route_path", refusal.Field);
        Assert.StartsWith("route_path is not a valid path pattern: ", refusal.Message);
    }

    [Theory]
    [InlineData("*")]
    [InlineData(null)]
    public void ConfigureCors_WhenCredentialsMeetEveryOrigin_ShouldRefuse(string? origin)
    {
        var route = ApiGatewayRoute.Create(Guid.NewGuid(), "/", null, 0);

        var refusal = Assert.Throws<InvalidValueException>(
            () => route.ConfigureCors(true, origin is null ? [] : [origin], [], [], 0, allowCredentials: true));

        Assert.Equal("cors_allow_credentials", refusal.Field);
    }

    [Fact]
    public void LimitRate_ShouldStoreBothOrNeither()
    {
        var route = ApiGatewayRoute.Create(Guid.NewGuid(), "/", null, 0);

        route.LimitRate(10, 60);
        Assert.Equal((10, 60), (route.RateLimitRequests, route.RateLimitWindowSeconds));
        route.LimitRate(null, null);
        Assert.Equal((null, null), (route.RateLimitRequests, route.RateLimitWindowSeconds));
    }

    [Theory]
    [InlineData(0, 60, "rate_limit_requests")]
    [InlineData(5, null, "rate_limit_window_seconds")]
    [InlineData(5, 86401, "rate_limit_window_seconds")]
    public void LimitRate_WhenOutOfRange_ShouldRefuse(int? requests, int? window, string field)
    {
        var route = ApiGatewayRoute.Create(Guid.NewGuid(), "/", null, 0);

        Assert.Equal(field, Assert.Throws<InvalidValueException>(() => route.LimitRate(requests, window)).Field);
    }
}
