using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Application.Sessions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Users.Commands.UpdateUser;

public sealed class UpdateUserCommandHandler(
    IApplicationDbContext context,
    ICurrentUser currentUser,
    IPasswordStrengthEstimator estimator,
    IPasswordHasher hasher,
    TimeProvider timeProvider)
    : IRequestHandler<UpdateUserCommand, UpdatedUserDto>
{
    public const string OwnPassword =
        "You cannot change your own password through user management. Please use the Profile Settings page.";

    public const string OwnAdminRights =
        "You cannot remove your own admin rights. Please use another admin account to modify your role.";

    public async Task<UpdatedUserDto> Handle(UpdateUserCommand request, CancellationToken cancellationToken)
    {
        var newPassword = string.IsNullOrEmpty(request.Password) ? null : request.Password;
        var newUsername = string.IsNullOrWhiteSpace(request.Username) ? null : request.Username.Trim();
        var newEmail = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim();
        EnsureNotLockingOutThemselves(request.Id!.Value, newPassword, request.IsAdmin);

        var user = await context.Users.SingleOrDefaultAsync(u => u.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("User not found");
        if ((newUsername is not null && newUsername != user.Username) || (newEmail is not null && newEmail != user.Email))
        {
            await UniqueUserFields.EnsureFreeAsync(context, newUsername, newEmail, user.Id, cancellationToken);
        }

        if (newUsername is not null)
        {
            user.ChangeUsername(newUsername);
        }

        if (newEmail is not null)
        {
            user.ChangeEmail(newEmail);
        }

        var demoted = user.IsAdmin == true && request.IsAdmin == false;
        if (request.IsAdmin is { } isAdmin)
        {
            if (isAdmin)
            {
                user.GrantAdmin();
            }
            else
            {
                user.RevokeAdmin();
            }
        }

        if (newPassword is not null)
        {
            PasswordRules.EnsureStrong(estimator, newPassword, "password", user.Username, user.Email);
            user.ChangePasswordHash(hasher.Hash(newPassword));
        }

        if (newPassword is not null || demoted)
        {
            // Before the save, as in ChangePasswordCommandHandler: a failure cannot leave sessions alive after the change.
            await context.RefreshTokens.Where(t => t.UserId == user.Id)
                .RevokeAsync(timeProvider.GetUtcNow().UtcDateTime, cancellationToken);
        }

        await UniqueUserFields.SaveAsync(context, cancellationToken);
        return UpdatedUserDto.From(user);
    }

    private void EnsureNotLockingOutThemselves(int userId, string? newPassword, bool? isAdmin)
    {
        if (userId != currentUser.UserId)
        {
            return;
        }

        if (newPassword is not null)
        {
            throw new ForbiddenAccessException(OwnPassword);
        }

        if (isAdmin == false)
        {
            throw new ForbiddenAccessException(OwnAdminRights);
        }
    }
}
