namespace Invoke.Api.Security;

public static class InvokeAuthenticationSchemes
{
    /// <summary>Session tokens from <c>POST /api/auth/login</c>, as <c>Authorization: Bearer</c>.</summary>
    public const string Jwt = "Jwt";

    /// <summary>User API keys, as <c>Authorization: Bearer</c> or <c>x-api-key</c>.</summary>
    public const string ApiKey = "ApiKey";
}
