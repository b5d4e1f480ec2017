namespace Invoke.Api.Security;

/// <summary>The original's 401 and 403 messages.</summary>
internal static class AuthenticationMessages
{
    public const string AuthenticationRequired = "Authentication required";
    public const string NoTokenProvided = "No token provided";
    public const string InvalidToken = "Invalid token";
    public const string UserNotFound = "User not found";
    public const string AdminAccessRequired = "Admin access required";
}
