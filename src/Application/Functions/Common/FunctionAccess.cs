using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Domain.Functions;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Functions.Common;

/// <summary>
/// Finds a function for the caller: 404 <c>Function not found</c> when it does not exist, 403 with the route's
/// message when the caller is not a member of its project. Functions without a project are reachable by admins only
/// (the original let every user read and change them).
/// </summary>
public sealed class FunctionAccess(IApplicationDbContext db, IProjectAccess projectAccess, ICurrentUser currentUser)
{
    public const string NotFoundMessage = "Function not found";

    /// <summary>The original's 403 for a project the caller may not see, on list, create and get.</summary>
    public const string ProjectDeniedMessage = "Access denied to this project";

    /// <summary>Loads the tracked function, ready to be changed and saved.</summary>
    public async Task<Function> GetAsync(
        Guid functionId, CancellationToken cancellationToken, string deniedMessage = IProjectAccess.NotAMemberMessage)
    {
        var function = await db.Functions.SingleOrDefaultAsync(f => f.Id == functionId, cancellationToken)
                       ?? throw new NotFoundException(NotFoundMessage);
        await EnsureCanReachAsync(function.ProjectId, deniedMessage, cancellationToken);
        return function;
    }

    /// <summary>Checks access without loading the function.</summary>
    public async Task EnsureAsync(
        Guid functionId, CancellationToken cancellationToken, string deniedMessage = IProjectAccess.NotAMemberMessage)
    {
        var function = await db.Functions.AsNoTracking()
                           .Where(f => f.Id == functionId)
                           .Select(f => new { f.ProjectId })
                           .SingleOrDefaultAsync(cancellationToken)
                       ?? throw new NotFoundException(NotFoundMessage);
        await EnsureCanReachAsync(function.ProjectId, deniedMessage, cancellationToken);
    }

    /// <summary>Checks access to a function already read, given its project.</summary>
    public Task EnsureCanReachAsync(Guid? projectId, string deniedMessage, CancellationToken cancellationToken) =>
        projectId switch
        {
            { } id => projectAccess.EnsureMemberAsync(id, cancellationToken, deniedMessage),
            null when currentUser.IsAdmin => Task.CompletedTask,
            null => throw new ForbiddenAccessException(deniedMessage),
        };
}
