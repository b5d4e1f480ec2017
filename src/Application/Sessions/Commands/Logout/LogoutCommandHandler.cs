using Invoke.Application.Common.Interfaces;
using MediatR;

namespace Invoke.Application.Sessions.Commands.Logout;

public sealed class LogoutCommandHandler(IApplicationDbContext context, TimeProvider timeProvider)
    : IRequestHandler<LogoutCommand, Unit>
{
    public async Task<Unit> Handle(LogoutCommand request, CancellationToken cancellationToken)
    {
        if (await context.FindPresentedTokenAsync(request.RefreshToken, cancellationToken) is { } token)
        {
            await context.RefreshTokens.Where(t => t.FamilyId == token.FamilyId)
                .RevokeAsync(timeProvider.GetUtcNow().UtcDateTime, cancellationToken);
        }

        return Unit.Value;
    }
}
