namespace Invoke.Api.Security;

/// <summary>The original's 401 and 403 messages, and Invoke's own.</summary>
internal static class AuthenticationMessages
{
    public const string AuthenticationRequired = "Authentication required";
    public const string NoTokenProvided = "No token provided";
    public const string InvalidToken = "Invalid token";
    public const string UserNotFound = "User not found";
    public const string AdminAccessRequired = "Admin access required";

    /// <summary>A write authenticated by a session cookie from another origin (Invoke's; see <see cref="SameOrigin"/>).</summary>
    public const string CrossOriginRefused = "Cross-origin request refused";
}
