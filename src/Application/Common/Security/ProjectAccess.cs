using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Common.Security;

internal sealed class ProjectAccess(IApplicationDbContext context, ICurrentUser currentUser) : IProjectAccess
{
    // One request often checks the same project more than once (the handler, then a nested lookup).
    private readonly Dictionary<Guid, string?> _roles = [];

    public async Task<string?> GetRoleAsync(Guid projectId, CancellationToken cancellationToken)
    {
        if (currentUser.IsAdmin)
        {
            return ProjectRole.Owner;
        }

        if (_roles.TryGetValue(projectId, out var known))
        {
            return known;
        }

        var userId = currentUser.UserId;
        var role = await context.ProjectMemberships
            .AsNoTracking()
            .Where(m => m.ProjectId == projectId && m.UserId == userId)
            .Select(m => m.Role)
            .FirstOrDefaultAsync(cancellationToken);
        _roles[projectId] = role;
        return role;
    }

    public async Task EnsureMemberAsync(Guid projectId, CancellationToken cancellationToken, string deniedMessage)
    {
        if (await GetRoleAsync(projectId, cancellationToken) is null)
        {
            throw new ForbiddenAccessException(deniedMessage);
        }
    }

    public async Task EnsureOwnerAsync(Guid projectId, CancellationToken cancellationToken, string deniedMessage)
    {
        if (await GetRoleAsync(projectId, cancellationToken) != ProjectRole.Owner)
        {
            throw new ForbiddenAccessException(deniedMessage);
        }
    }

    public IQueryable<Guid> AccessibleProjectIds()
    {
        if (currentUser.IsAdmin)
        {
            return context.Projects.Select(p => p.Id);
        }

        var userId = currentUser.UserId;
        return context.ProjectMemberships.Where(m => m.UserId == userId).Select(m => m.ProjectId);
    }
}
