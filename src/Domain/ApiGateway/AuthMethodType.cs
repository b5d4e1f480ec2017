namespace Invoke.Domain.ApiGateway;

/// <summary>How a gateway auth method checks a request, as stored in <c>api_gateway_auth_methods.type</c>.</summary>
public static class AuthMethodType
{
    public const int MaxLength = 20;
    public const string BasicAuth = "basic_auth";
    public const string BearerJwt = "bearer_jwt";
    public const string ApiKey = "api_key";

    /// <summary>Another function of the project decides.</summary>
    public const string Middleware = "middleware";

    public static IReadOnlyList<string> All { get; } = [BasicAuth, BearerJwt, ApiKey, Middleware];
}
