using System.Linq.Expressions;
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

    private readonly Expression<Func<Function, bool>>? _functionFilter;

    private ProjectScope(string key, Expression<Func<Function, bool>>? functionFilter)
    {
        Key = key;
        _functionFilter = functionFilter;
    }

    /// <summary>Names the scope: equal keys select the same functions (for caching results per scope).</summary>
    public string Key { get; }

    /// <summary>True when the scope is every function, so logs of no function (orphans) may be shown too.</summary>
    public bool IsUnrestricted => _functionFilter is null;

    /// <summary>True for an absent value, <see cref="System"/> or a UUID: what the validators accept.</summary>
    public static bool IsValid(string? projectId) =>
        string.IsNullOrEmpty(projectId) || projectId == System || Guid.TryParse(projectId, out _);

    /// <summary>Resolves a validated <c>projectId</c> value, refusing a project the caller is not a member of.</summary>
    public static async Task<ProjectScope> ResolveAsync(
        string? projectId, ICurrentUser currentUser, IProjectAccess projectAccess, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(projectId) || projectId == System)
        {
            if (currentUser.IsAdmin)
            {
                return new ProjectScope("all", null);
            }

            var memberProjects = projectAccess.AccessibleProjectIds();
            return new ProjectScope(
                $"user:{currentUser.UserId}",
                f => f.ProjectId.HasValue && memberProjects.Contains(f.ProjectId.Value));
        }

        var id = Guid.Parse(projectId);
        if (!currentUser.IsAdmin)
        {
            await projectAccess.EnsureMemberAsync(id, cancellationToken, AccessDeniedMessage);
        }

        return new ProjectScope($"project:{id}", f => f.ProjectId == id);
    }

    public IQueryable<Function> Functions(IQueryable<Function> functions) =>
        _functionFilter is null ? functions : functions.Where(_functionFilter);

    /// <summary>Logs of the functions in scope; logs of no function are left out, as the original's inner join does.</summary>
    public IQueryable<ExecutionLog> FunctionLogs(IQueryable<ExecutionLog> logs, IQueryable<Function> functions)
    {
        if (_functionFilter is null)
        {
            return logs.Where(l => l.FunctionId != null);
        }

        var functionIds = functions.Where(_functionFilter).Select(f => (Guid?)f.Id);
        return logs.Where(l => functionIds.Contains(l.FunctionId));
    }
}
