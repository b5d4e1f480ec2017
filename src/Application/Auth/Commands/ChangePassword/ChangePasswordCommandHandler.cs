using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Auth.Commands.ChangePassword;

/// <remarks>Sessions stay valid, as in the original: tokens carry no password version.</remarks>
public sealed class ChangePasswordCommandHandler(
    IApplicationDbContext context, ICurrentUser currentUser, IPasswordHasher passwordHasher)
    : IRequestHandler<ChangePasswordCommand, ChangePasswordResultDto>
{
    public async Task<ChangePasswordResultDto> Handle(ChangePasswordCommand request, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        var user = await context.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw new NotFoundException("User not found");
        if (!passwordHasher.Verify(request.CurrentPassword!, user.PasswordHash))
        {
            throw new UnauthorizedException("Current password is incorrect");
        }

        user.ChangePasswordHash(passwordHasher.Hash(request.NewPassword!));
        await context.SaveChangesAsync(cancellationToken);
        return new ChangePasswordResultDto(user.Username);
    }
}
