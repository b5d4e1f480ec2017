using System.Net;
using System.Security.Cryptography;
using System.Text;
using Invoke.Domain.Common;

namespace Invoke.Domain.Sessions;

/// <summary>
/// One refresh token of a session. Signing in starts a session (a token family) with one token; each refresh rotates
/// the token presented into a successor of the same family, so a family holds at most one active token, and the rotated
/// ones stay behind as evidence: a rotated token presented again means two parties hold the session. Only the SHA-256
/// of the token's secret is kept.
/// </summary>
public sealed class RefreshToken
{
    public const int TokenHashLength = 64;

    /// <summary>A user agent beyond this is cut: it only helps a user recognise the session.</summary>
    public const int UserAgentMaxLength = 512;

    private RefreshToken()
    {
    }

    /// <summary>Also the token's public part, so that a presented token is found without comparing secrets in SQL.</summary>
    public Guid Id { get; private set; }

    public int UserId { get; private set; }

    /// <summary>The session: every token rotated from one sign-in shares it.</summary>
    public Guid FamilyId { get; private set; }

    /// <summary>Lowercase hex SHA-256 of the token's secret.</summary>
    public string TokenHash { get; private set; } = null!;

    /// <summary>When the family's first token was issued, i.e. when the user signed in.</summary>
    public DateTime SessionStartedAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    /// <summary>When the token was rotated into its successor; null while it is the family's current token.</summary>
    public DateTime? UsedAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    /// <summary>The address of the request that received this token.</summary>
    public IPAddress? ClientIp { get; private set; }

    public string? UserAgent { get; private set; }

    public static RefreshToken StartSession(
        int userId, string tokenHash, DateTime now, TimeSpan lifetime, IPAddress? clientIp, string? userAgent)
    {
        var issuedAt = Ensure.Utc(now, "created_at");
        return Issue(userId, Guid.CreateVersion7(), issuedAt, tokenHash, issuedAt, lifetime, clientIp, userAgent);
    }

    /// <summary>Marks this token used and returns its successor in the same session.</summary>
    /// <exception cref="RefreshTokenNotActiveException">The token is expired, rotated already or revoked.</exception>
    public RefreshToken Rotate(string successorHash, DateTime now, TimeSpan lifetime, IPAddress? clientIp, string? userAgent)
    {
        var rotatedAt = Ensure.Utc(now, "used_at");
        if (StateAt(rotatedAt) != RefreshTokenState.Active)
        {
            throw new RefreshTokenNotActiveException();
        }

        var successor = Issue(UserId, FamilyId, SessionStartedAt, successorHash, rotatedAt, lifetime, clientIp, userAgent);
        UsedAt = rotatedAt;
        return successor;
    }

    /// <summary>Whether <paramref name="tokenHash"/> is this token's hash, compared in constant time.</summary>
    public bool Matches(string tokenHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(TokenHash), Encoding.ASCII.GetBytes(tokenHash));

    /// <summary>This token's own state; whether another token of its family was revoked is not its to know.</summary>
    public RefreshTokenState StateAt(DateTime now) =>
        RevokedAt is not null ? RefreshTokenState.Revoked
        : UsedAt is not null ? RefreshTokenState.Rotated
        : now >= ExpiresAt ? RefreshTokenState.Expired
        : RefreshTokenState.Active;

    /// <summary>Whether the token was rotated less than <paramref name="gracePeriod"/> before <paramref name="now"/>.</summary>
    public bool WasRotatedWithin(TimeSpan gracePeriod, DateTime now) => UsedAt is { } usedAt && now - usedAt < gracePeriod;

    private static RefreshToken Issue(
        int userId,
        Guid familyId,
        DateTime sessionStartedAt,
        string tokenHash,
        DateTime issuedAt,
        TimeSpan lifetime,
        IPAddress? clientIp,
        string? userAgent) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            FamilyId = familyId,
            TokenHash = Ensure.Sha256Hex(tokenHash, "token_hash"),
            SessionStartedAt = sessionStartedAt,
            CreatedAt = issuedAt,
            ExpiresAt = lifetime > TimeSpan.Zero
                ? issuedAt + lifetime
                : throw new InvalidValueException("expires_at", "A refresh token's lifetime must be positive"),
            ClientIp = clientIp,
            UserAgent = userAgent is { Length: > UserAgentMaxLength } ? userAgent[..UserAgentMaxLength] : userAgent,
        };
}
