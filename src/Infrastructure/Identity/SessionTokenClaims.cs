namespace Invoke.Infrastructure.Identity;

/// <summary>The original's claim names, used in tokens and in the principal of every authenticated request.</summary>
public static class SessionTokenClaims
{
    public const string UserId = "userId";
    public const string Username = "username";
    public const string Email = "email";
    public const string IsAdmin = "isAdmin";
}
