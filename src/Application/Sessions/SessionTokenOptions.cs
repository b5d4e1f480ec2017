namespace Invoke.Application.Sessions;

/// <summary>Token lifetimes of the sessions that signing in starts (section <c>Invoke:Sessions</c>, docs/adr/0026).</summary>
public sealed class SessionTokenOptions
{
    public const string SectionName = "Invoke:Sessions";

    /// <summary>
    /// How long an access token (the JWT in <c>data.token</c> and the <c>access_token</c> cookie) is valid; tokens
    /// signed for longer are refused. A revoked session keeps working at most this long.
    /// </summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a refresh token is valid; each refresh issues a new one, so an idle session ends after this.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How soon after its rotation a refresh token may be presented again without ending its session: the refresh is
    /// refused but the session kept, for clients that send two refreshes at once. Zero (the default) treats every
    /// second use as a stolen token.
    /// </summary>
    public TimeSpan ReuseGracePeriod { get; set; } = TimeSpan.Zero;
}
