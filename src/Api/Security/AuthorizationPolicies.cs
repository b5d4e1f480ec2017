namespace Invoke.Api.Security;

/// <summary>
/// Placeholder of the identity branch's contract (docs: /work/notes/wave2.md), replaced by its file at the merge.
/// </summary>
public static class AuthorizationPolicies
{
    public const string Jwt = "Jwt";
    public const string JwtOrApiKey = "JwtOrApiKey";
    public const string Admin = "Admin";
}
