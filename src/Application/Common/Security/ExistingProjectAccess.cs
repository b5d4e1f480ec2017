using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Common.Security;

public static class ExistingProjectAccess
{
    public const string ProjectNotFoundMessage = "Project not found";

    /// <summary>
    /// The membership check (with <paramref name="deniedMessage"/>) before the 404 of a project that does not exist, so
    /// that outsiders learn nothing of which projects exist.
    /// </summary>
    public static async Task EnsureMemberOfExistingProjectAsync(
        this IProjectAccess projectAccess, IApplicationDbContext db, Guid projectId, string deniedMessage,
        CancellationToken cancellationToken)
    {
        await projectAccess.EnsureMemberAsync(projectId, cancellationToken, deniedMessage);
        if (!await db.Projects.AnyAsync(p => p.Id == projectId, cancellationToken))
        {
            throw new NotFoundException(ProjectNotFoundMessage);
        }
    }
}
