using Invoke.Application.Common.Interfaces;

namespace Invoke.Application.Common.Security;

/// <summary>Which projects a user works in, as a query to compose into another one.</summary>
public static class ProjectMemberships
{
    /// <summary>The active projects <paramref name="userId"/> is a member of (docs/adr/0021).</summary>
    public static IQueryable<Guid> ActiveProjectIdsOf(this IApplicationDbContext db, int userId) =>
        db.ProjectMemberships
            .Where(m => m.UserId == userId && db.Projects.Any(p => p.Id == m.ProjectId && p.IsActive == true))
            .Select(m => m.ProjectId);
}
