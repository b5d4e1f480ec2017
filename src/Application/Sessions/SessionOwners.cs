using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Sessions;

/// <summary>Whose sessions a caller may see and end: their own; an administrator's, anyone's.</summary>
internal static class SessionOwners
{
    public const string AdminAccessRequired = "Admin access required";

    public static async Task EnsureMayManageAsync(
        this IApplicationDbContext context, ICurrentUser caller, int userId, CancellationToken cancellationToken)
    {
        if (userId == caller.UserId)
        {
            return;
        }

        if (!caller.IsAdmin)
        {
            throw new ForbiddenAccessException(AdminAccessRequired);
        }

        if (!await context.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            throw new NotFoundException("User not found");
        }
    }
}
