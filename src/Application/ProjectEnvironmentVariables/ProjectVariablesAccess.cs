using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;

namespace Invoke.Application.ProjectEnvironmentVariables;

/// <summary>
/// Who reaches a project's variables: its members and admins, to read and to write alike, since every member may
/// change the project's functions, which run with these variables (the original let every signed-in user in). Anyone
/// else gets the original's 403, before the 404 of a project that does not exist, so outsiders learn nothing.
/// </summary>
public static class ProjectVariablesAccess
{
    public const string DeniedMessage = "Access denied";

    public const string ProjectNotFoundMessage = ExistingProjectAccess.ProjectNotFoundMessage;

    public static Task EnsureCanReachVariablesAsync(
        this IProjectAccess projectAccess, IApplicationDbContext db, Guid projectId, CancellationToken cancellationToken) =>
        projectAccess.EnsureMemberOfExistingProjectAsync(db, projectId, DeniedMessage, cancellationToken);
}
