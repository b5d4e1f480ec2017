using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;

namespace Invoke.Application.NetworkSecurity;

internal static class SecurityAccess
{
    public const string AdminOnlyMessage = "Admin access required";

    public static void EnsureAdmin(ICurrentUser currentUser)
    {
        if (!currentUser.IsAdmin)
        {
            throw new ForbiddenAccessException(AdminOnlyMessage);
        }
    }
}
