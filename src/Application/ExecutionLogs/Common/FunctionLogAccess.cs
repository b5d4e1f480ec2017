using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ExecutionLogs.Common;

/// <summary>
/// Gate of the per-function log routes: the function must exist (404) and the caller must be a member of its
/// project (403). The original checked membership only on the detail route and never on the list.
/// </summary>
public static class FunctionLogAccess
{
    public const string FunctionNotFoundMessage = "Function not found";

    public static async Task EnsureCanReadAsync(
        Guid functionId,
        IApplicationDbContext db,
        ICurrentUser currentUser,
        IProjectAccess projectAccess,
        CancellationToken cancellationToken)
    {
        var function = await db.Functions.AsNoTracking()
            .Where(f => f.Id == functionId)
            .Select(f => new { f.ProjectId })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(FunctionNotFoundMessage);

        if (currentUser.IsAdmin)
        {
            return;
        }

        // A function without a project is reachable by admins only.
        if (function.ProjectId is not { } projectId)
        {
            throw new ForbiddenAccessException(IProjectAccess.NotAMemberMessage);
        }

        await projectAccess.EnsureMemberAsync(projectId, cancellationToken);
    }
}
