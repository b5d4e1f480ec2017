using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Domain.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Sessions;

public static class RefreshTokenQueries
{
    /// <summary>
    /// The stored token a client presented, whatever its state; null when the text is no refresh token, names no row,
    /// or carries another secret than the row's (whoever sent it does not hold that token).
    /// </summary>
    public static async Task<RefreshToken?> FindPresentedTokenAsync(
        this IApplicationDbContext context, string? presented, CancellationToken cancellationToken)
    {
        if (!RefreshTokenSecret.TryParse(presented, out var tokenId, out var secret))
        {
            return null;
        }

        var token = await context.RefreshTokens.FirstOrDefaultAsync(t => t.Id == tokenId, cancellationToken);
        return token is not null && token.Matches(RefreshTokenSecret.Hash(secret)) ? token : null;
    }

    /// <summary>
    /// Whether any token of the session was revoked. A revocation marks every token of the session it sees; one
    /// issued by a refresh racing the revocation is still caught through its rotated predecessor.
    /// </summary>
    public static Task<bool> IsSessionRevokedAsync(
        this IQueryable<RefreshToken> tokens, Guid sessionId, CancellationToken cancellationToken) =>
        tokens.AnyAsync(t => t.FamilyId == sessionId && t.RevokedAt != null, cancellationToken);

    /// <summary>Revokes the tokens selected that are not revoked yet, in one statement.</summary>
    /// <returns>How many tokens were revoked.</returns>
    public static Task<int> RevokeAsync(this IQueryable<RefreshToken> tokens, DateTime now, CancellationToken cancellationToken) =>
        tokens.Where(t => t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
}
