using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Sessions.Queries.GetSessions;

public sealed class GetSessionsQueryHandler(
    IApplicationDbContext context, ICurrentUser currentUser, TimeProvider timeProvider)
    : IRequestHandler<GetSessionsQuery, IReadOnlyList<SessionDto>>
{
    public async Task<IReadOnlyList<SessionDto>> Handle(GetSessionsQuery request, CancellationToken cancellationToken)
    {
        await context.EnsureMayManageAsync(currentUser, request.UserId, cancellationToken);

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var revokedSessions = context.RefreshTokens.Where(t => t.RevokedAt != null).Select(t => t.FamilyId);
        // A live session has exactly one active token: its current one.
        var current = await context.RefreshTokens.AsNoTracking()
            .Where(t => t.UserId == request.UserId
                && t.UsedAt == null
                && t.RevokedAt == null
                && t.ExpiresAt > now
                && !revokedSessions.Contains(t.FamilyId))
            .OrderByDescending(t => t.CreatedAt)
            .ThenByDescending(t => t.Id)
            .ToListAsync(cancellationToken);

        var callerSession = request.UserId == currentUser.UserId ? currentUser.SessionId : null;
        return current
            .Select(t => new SessionDto(
                t.FamilyId,
                t.SessionStartedAt,
                t.CreatedAt,
                t.ExpiresAt,
                t.ClientIp?.ToString(),
                t.UserAgent,
                t.FamilyId == callerSession))
            .ToList();
    }
}
