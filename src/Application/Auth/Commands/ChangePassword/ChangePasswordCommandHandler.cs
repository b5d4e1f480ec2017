using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Application.Sessions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Auth.Commands.ChangePassword;

/// <remarks>
/// The new password is judged before the current one is checked, as in the original. The user's other sessions end
/// (whoever knew the old password may hold one); the session of the request goes on.
/// </remarks>
public sealed class ChangePasswordCommandHandler(
    IApplicationDbContext context,
    ICurrentUser currentUser,
    IPasswordStrengthEstimator estimator,
    IPasswordHasher passwordHasher,
    TimeProvider timeProvider)
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
        // Revoked before the save: a failure in between can end sessions, but never leave them alive after the change.
        var currentSession = currentUser.SessionId;
        await context.RefreshTokens
            .Where(t => t.UserId == userId && t.FamilyId != currentSession)
            .RevokeAsync(timeProvider.GetUtcNow().UtcDateTime, cancellationToken);
        await context.SaveChangesAsync(cancellationToken);
        return new ChangePasswordResultDto(user.Username);
    }
}
