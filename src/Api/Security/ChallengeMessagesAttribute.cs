namespace Invoke.Api.Security;

/// <summary>
/// Replaces the session-token 401 messages on one action. The original's change-email and change-password check the
/// token themselves and answer <c>Unauthorized</c> / <c>Invalid or expired token</c> instead of the usual
/// <c>No token provided</c> / <c>Invalid token</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChallengeMessagesAttribute(string noToken, string invalidToken) : Attribute
{
    public string NoToken { get; } = noToken;

    public string InvalidToken { get; } = invalidToken;
}
