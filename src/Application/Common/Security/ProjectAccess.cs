using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Common.Security;

internal sealed class ProjectAccess(IApplicationDbContext context, ICurrentUser currentUser) : IProjectAccess
{
    // One request often checks the same project more than once (the handler, then a nested lookup).
    private readonly Dictionary<Guid, Membership> _memberships = [];

    public async Task<string?> GetRoleAsync(Guid projectId, CancellationToken cancellationToken) =>
        (await GetMembershipAsync(projectId, cancellationToken)).ActiveRole;

    public async Task EnsureMemberAsync(Guid projectId, CancellationToken cancellationToken, string deniedMessage) =>
        EnsureRole(await GetMembershipAsync(projectId, cancellationToken), role => role is not null, deniedMessage);

    public async Task EnsureOwnerAsync(Guid projectId, CancellationToken cancellationToken, string deniedMessage) =>
        EnsureRole(await GetMembershipAsync(projectId, cancellationToken), role => role == ProjectRole.Owner, deniedMessage);

    public IQueryable<Guid> AccessibleProjectIds()
    {
        if (currentUser.IsAdmin)
        {
            return context.Projects.Select(p => p.Id);
        }

        return context.ActiveProjectIdsOf(currentUser.UserId);
    }

    private static void EnsureRole(Membership membership, Func<string?, bool> isEnough, string deniedMessage)
    {
        if (membership is { Role: not null, ProjectActive: false })
        {
            throw new ForbiddenAccessException(IProjectAccess.InactiveProjectMessage);
        }

        if (!isEnough(membership.Role))
        {
            throw new ForbiddenAccessException(deniedMessage);
        }
    }

    private async Task<Membership> GetMembershipAsync(Guid projectId, CancellationToken cancellationToken)
    {
        if (currentUser.IsAdmin)
        {
            return new Membership(ProjectRole.Owner, ProjectActive: true);
        }

        if (_memberships.TryGetValue(projectId, out var known))
        {
            return known;
        }

        var userId = currentUser.UserId;
        var membership = await context.ProjectMemberships
            .AsNoTracking()
            .Where(m => m.ProjectId == projectId && m.UserId == userId)
            .Select(m => new Membership(m.Role, context.Projects.Any(p => p.Id == m.ProjectId && p.IsActive == true)))
            .FirstOrDefaultAsync(cancellationToken) ?? new Membership(null, ProjectActive: false);
        _memberships[projectId] = membership;
        return membership;
    }

    /// <param name="Role">Null when the caller is not a member.</param>
    private sealed record Membership(string? Role, bool ProjectActive)
    {
        public string? ActiveRole => ProjectActive ? Role : null;
    }
}
