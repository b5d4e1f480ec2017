namespace Invoke.Infrastructure.Identity;

/// <summary>
/// The original's claim names, plus Invoke's <c>sid</c> (the session, as in OpenID Connect), used in tokens and in the
/// principal of every authenticated request.
/// </summary>
public static class SessionTokenClaims
{
    public const string UserId = "userId";
    public const string Username = "username";
    public const string Email = "email";
    public const string IsAdmin = "isAdmin";
    public const string SessionId = "sid";
}
