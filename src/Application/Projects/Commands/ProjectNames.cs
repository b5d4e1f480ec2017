using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Projects.Commands;

/// <summary>
/// Project names are unique by rule, not by constraint (the original schema has none), so the check runs inside the
/// command's serializable transaction.
/// </summary>
internal static class ProjectNames
{
    public const string Taken = "Project name already exists";

    public static async Task EnsureFreeAsync(
        IApplicationDbContext context, string name, Guid? exceptProjectId, CancellationToken cancellationToken)
    {
        if (await context.Projects.AnyAsync(p => p.Name == name && p.Id != exceptProjectId, cancellationToken))
        {
            throw new BadRequestException(Taken, "name");
        }
    }

    /// <summary>A blank description is no description, as in the original (<c>description || null</c>).</summary>
    public static string? Description(string? description) =>
        string.IsNullOrWhiteSpace(description) ? null : description;
}
