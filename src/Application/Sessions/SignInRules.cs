using Invoke.Application.Auth.Queries.GetAuthenticatedUser;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Sessions;

/// <summary>Who may hold a session: checked when signing in and again on every refresh.</summary>
public static class SignInRules
{
    public const string NoProjectMessage =
        "Access denied: You are not a member of any project. Please contact your system administrator.";

    /// <summary>Administrators, and users who belong to at least one active project.</summary>
    public static async Task<bool> MayHoldASessionAsync(
        this IApplicationDbContext context, AuthenticatedUserDto user, CancellationToken cancellationToken) =>
        user.IsAdmin || await context.ActiveProjectIdsOf(user.Id).AnyAsync(cancellationToken);
}
