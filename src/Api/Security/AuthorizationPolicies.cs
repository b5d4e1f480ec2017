namespace Invoke.Api.Security;

/// <summary>
/// The original's three ways of guarding a route (admin-api.md §2.3). Controllers say which one with
/// <c>[Authorize(Policy = AuthorizationPolicies.X)]</c>.
/// </summary>
public static class AuthorizationPolicies
{
    /// <summary>A session token only (<c>withAuth</c>): 401 <c>No token provided</c>, <c>Invalid token</c> or <c>User not found</c>.</summary>
    public const string Jwt = "Jwt";

    /// <summary>A session token or a user API key (<c>withAuthOrApiKey</c>): 401 <c>Authentication required</c>.</summary>
    public const string JwtOrApiKey = "JwtOrApiKey";

    /// <summary>A session token of an administrator (<c>adminRequired</c>): as <see cref="Jwt"/>, then 403 <c>Admin access required</c>.</summary>
    public const string Admin = "Admin";

    /// <summary>
    /// An administrator by session token or by one of their API keys (Invoke's operator endpoints, such as the
    /// execution port's <c>/scheduler/trigger-scheduled</c>): 401 <c>Authentication required</c>, then 403
    /// <c>Admin access required</c>.
    /// </summary>
    public const string AdminOrAdminApiKey = "AdminOrAdminApiKey";
}
