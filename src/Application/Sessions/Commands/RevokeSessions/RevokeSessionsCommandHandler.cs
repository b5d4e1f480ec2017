using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using MediatR;

namespace Invoke.Application.Sessions.Commands.RevokeSessions;

public sealed class RevokeSessionsCommandHandler(
    IApplicationDbContext context, ICurrentUser currentUser, TimeProvider timeProvider)
    : IRequestHandler<RevokeSessionsCommand, Unit>
{
    public const string SessionNotFound = "Session not found";

    public async Task<Unit> Handle(RevokeSessionsCommand request, CancellationToken cancellationToken)
    {
        await context.EnsureMayManageAsync(currentUser, request.UserId, cancellationToken);

        var tokens = context.RefreshTokens.Where(t => t.UserId == request.UserId);
        if (request.SessionId is { } sessionId)
        {
            tokens = tokens.Where(t => t.FamilyId == sessionId);
        }

        var revoked = await tokens.RevokeAsync(timeProvider.GetUtcNow().UtcDateTime, cancellationToken);
        // Another user's session is "not found" too: its id tells nobody else anything.
        if (revoked == 0 && request.SessionId is not null)
        {
            throw new NotFoundException(SessionNotFound);
        }

        return Unit.Value;
    }
}
