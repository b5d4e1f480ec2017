using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Auth.Commands.ChangePassword;

/// <remarks>
/// The new password is judged before the current one is checked, as in the original. Sessions stay valid, as in the
/// original: tokens carry no password version.
/// </remarks>
public sealed class ChangePasswordCommandHandler(
    IApplicationDbContext context,
    ICurrentUser currentUser,
    IPasswordStrengthEstimator estimator,
    IPasswordHasher passwordHasher)
    : IRequestHandler<ChangePasswordCommand, ChangePasswordResultDto>
{
    public async Task<ChangePasswordResultDto> Handle(ChangePasswordCommand request, CancellationToken cancellationToken)
    {
        PasswordRules.EnsureStrong(estimator, request.NewPassword!, "newPassword", currentUser.Username, currentUser.Email);

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
