using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ProjectMembers.Commands;

/// <summary>
/// A project that has an owner keeps one. Checked inside the command's serializable transaction, so two requests that
/// each take away one of two owners cannot both succeed.
/// </summary>
internal static class LastOwnerRule
{
    public static async Task EnsureAnotherOwnerAsync(
        IApplicationDbContext context, ProjectMembership membership, string refusal, CancellationToken cancellationToken)
    {
        if (membership.Role != ProjectRole.Owner)
        {
            return;
        }

        var owners = await context.ProjectMemberships.CountAsync(
            m => m.ProjectId == membership.ProjectId && m.Role == ProjectRole.Owner, cancellationToken);
        if (owners <= 1)
        {
            throw new BadRequestException(refusal);
        }
    }
}
