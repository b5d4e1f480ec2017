using Invoke.Application.Common.Interfaces;
using Invoke.Domain.Functions;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Common.Security;

/// <summary>Which projects a user works in, and which functions a checked scope holds, as queries to compose.</summary>
public static class ProjectMemberships
{
    /// <summary>The active projects <paramref name="userId"/> is a member of (docs/adr/0021).</summary>
    public static IQueryable<Guid> ActiveProjectIdsOf(this IApplicationDbContext db, int userId) =>
        db.ProjectMemberships
            .Where(m => m.UserId == userId && db.Projects.Any(p => p.Id == m.ProjectId && p.IsActive == true))
            .Select(m => m.ProjectId);

    /// <summary>
    /// The functions of one project, else of the active projects of a member, else every function. The caller has
    /// checked that whoever asks may see that scope.
    /// </summary>
    public static IQueryable<Function> FunctionsInScope(this IApplicationDbContext db, Guid? projectId, int? memberUserId)
    {
        var functions = db.Functions.AsNoTracking();
        if (projectId is { } id)
        {
            return functions.Where(f => f.ProjectId == id);
        }

        if (memberUserId is not { } userId)
        {
            return functions;
        }

        var memberProjects = db.ActiveProjectIdsOf(userId);
        return functions.Where(f => f.ProjectId != null && memberProjects.Contains(f.ProjectId.Value));
    }
}
