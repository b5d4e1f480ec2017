using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Domain.ExecutionLogs;
using Invoke.Domain.Functions;

namespace Invoke.Application.ExecutionLogs.Common;

/// <summary>
/// The functions whose logs and counts a caller may see, from the <c>projectId</c> query value of the dashboard and
/// the log browser: a project id, or <see cref="System"/> / nothing for "all projects". All projects means every
/// function for an admin and the functions of the caller's own projects for anyone else (the original showed every
/// project's logs to every user).
/// </summary>
public sealed class ProjectScope
{
    /// <summary>The admin UI's pseudo project meaning "all projects".</summary>
    public const string System = "system";

    public const string AccessDeniedMessage = "Access denied to this project";

    public const string InvalidProjectIdMessage = "projectId must be a project id or 'system'";

    private ProjectScope(Guid? projectId, int? memberUserId)
    {
        ProjectId = projectId;
        MemberUserId = memberUserId;
    }

    /// <summary>The one project in scope, or null.</summary>
    public Guid? ProjectId { get; }

    /// <summary>The user whose active projects are in scope (a non-admin's "all projects"), or null.</summary>
    public int? MemberUserId { get; }

    /// <summary>
    /// Names the scope: equal keys select the same functions (for caching results per scope). Only an admin's scope is
    /// <c>all</c>, so a result cached for it never reaches anyone else.
    /// </summary>
    public string Key => (ProjectId, MemberUserId) switch
    {
        ({ } projectId, _) => $"project:{projectId}",
        (_, { } userId) => $"user:{userId}",
        _ => "all",
    };

    /// <summary>True when the scope is every function, so logs of no function (orphans) may be shown too.</summary>
    public bool IsUnrestricted => ProjectId is null && MemberUserId is null;

    /// <summary>True for an absent value, <see cref="System"/> or a UUID: what the validators accept.</summary>
    public static bool IsValid(string? projectId) =>
        string.IsNullOrEmpty(projectId) || projectId == System || Guid.TryParse(projectId, out _);

    /// <summary>
    /// Resolves a validated <c>projectId</c> value, refusing a project the caller is not a member of. This is the only
    /// way to make a scope, so holding one means the caller's access was checked.
    /// </summary>
    public static async Task<ProjectScope> ResolveAsync(
        string? projectId, ICurrentUser currentUser, IProjectAccess projectAccess, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(projectId) || projectId == System)
        {
            return new ProjectScope(null, currentUser.IsAdmin ? null : currentUser.UserId);
        }

        var id = Guid.Parse(projectId);
        if (!currentUser.IsAdmin)
        {
            await projectAccess.EnsureMemberAsync(id, cancellationToken, AccessDeniedMessage);
        }

        return new ProjectScope(id, null);
    }

    public IQueryable<Function> Functions(IApplicationDbContext db) => db.FunctionsInScope(ProjectId, MemberUserId);

    /// <summary>Logs of the functions in scope; logs of no function are left out, as the original's inner join does.</summary>
    public IQueryable<ExecutionLog> FunctionLogs(IQueryable<ExecutionLog> logs, IApplicationDbContext db)
    {
        if (IsUnrestricted)
        {
            return logs.Where(l => l.FunctionId != null);
        }

        var functionIds = Functions(db).Select(f => (Guid?)f.Id);
        return logs.Where(l => functionIds.Contains(l.FunctionId));
    }
}
