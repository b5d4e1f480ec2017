using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ApiKeys.Commands.RevokeApiKey;

public sealed class RevokeApiKeyCommandHandler(IApplicationDbContext context, ICurrentUser currentUser)
    : IRequestHandler<RevokeApiKeyCommand>
{
    public async Task<Unit> Handle(RevokeApiKeyCommand request, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        var apiKey = await context.ApiKeys.FirstOrDefaultAsync(
                k => k.Id == request.Id && k.CreatedBy == userId, cancellationToken)
            ?? throw new NotFoundException("API key not found");
        apiKey.Revoke();
        await context.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
