using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Sessions.Commands.SweepSessions;

public sealed class SweepSessionsCommandHandler(IApplicationDbContext context, TimeProvider timeProvider)
    : IRequestHandler<SweepSessionsCommand, int>
{
    public async Task<int> Handle(SweepSessionsCommand request, CancellationToken cancellationToken)
    {
        // Whole sessions first: deleting only the revoked tokens of a session could leave behind an unmarked successor
        // issued by a refresh that raced the revocation (see RefreshTokenQueries.IsSessionRevokedAsync).
        var revokedSessions = context.RefreshTokens.Where(t => t.RevokedAt != null).Select(t => t.FamilyId);
        var deleted = await context.RefreshTokens
            .Where(t => revokedSessions.Contains(t.FamilyId))
            .ExecuteDeleteAsync(cancellationToken);

        var now = timeProvider.GetUtcNow().UtcDateTime;
        return deleted + await context.RefreshTokens.Where(t => t.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }
}
