namespace Invoke.Application.Sessions.Queries.GetSessions;

/// <param name="Id">The session's id, to end it with.</param>
/// <param name="StartedAt">When the user signed in.</param>
/// <param name="LastRefreshedAt">When the current refresh token was issued: the sign-in or the last refresh.</param>
/// <param name="ClientIp">The address of the request that got the current refresh token.</param>
/// <param name="Current">Whether the caller's own access token belongs to this session.</param>
public sealed record SessionDto(
    Guid Id,
    DateTime StartedAt,
    DateTime LastRefreshedAt,
    DateTime ExpiresAt,
    string? ClientIp,
    string? UserAgent,
    bool Current);
