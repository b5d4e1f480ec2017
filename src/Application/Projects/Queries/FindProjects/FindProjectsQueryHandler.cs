using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Projects.Queries.FindProjects;

public sealed class FindProjectsQueryHandler(
    IApplicationDbContext context, ICurrentUser currentUser, IProjectAccess projectAccess)
    : IRequestHandler<FindProjectsQuery, IReadOnlyList<ProjectLookupDto>>
{
    public async Task<IReadOnlyList<ProjectLookupDto>> Handle(FindProjectsQuery request, CancellationToken cancellationToken)
    {
        var projects = context.Projects.AsNoTracking();
        if (!currentUser.IsAdmin)
        {
            projects = projects.Where(p => projectAccess.AccessibleProjectIds().Contains(p.Id));
        }

        if (request.Slug is { } slug)
        {
            projects = projects.Where(p => p.Slug == slug);
        }

        if (request.Name is { } name)
        {
            projects = projects.Where(p => p.Name == name);
        }

        return await projects
            .OrderByDescending(p => p.CreatedAt)
            .ThenByDescending(p => p.Id)
            .Select(p => new ProjectLookupDto(p.Id, p.Name, p.Slug, p.Description, p.IsActive))
            .ToListAsync(cancellationToken);
    }
}
