using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Auth.Commands.ChangeEmail;

public sealed class ChangeEmailCommandHandler(IApplicationDbContext context, ICurrentUser currentUser)
    : IRequestHandler<ChangeEmailCommand, ChangeEmailResultDto>
{
    public async Task<ChangeEmailResultDto> Handle(ChangeEmailCommand request, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        var email = request.Email!;
        if (await context.Users.AnyAsync(u => u.Email == email && u.Id != userId, cancellationToken))
        {
            throw new ConflictException("Email is already in use by another account");
        }

        var user = await context.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw new NotFoundException("User not found");
        user.ChangeEmail(email);
        await context.SaveChangesAsync(cancellationToken);
        return new ChangeEmailResultDto(user.Username, user.Email);
    }
}
