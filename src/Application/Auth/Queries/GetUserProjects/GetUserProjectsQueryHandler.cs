using Invoke.Application.Common.Interfaces;
using Invoke.Domain.Projects;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Auth.Queries.GetUserProjects;

public sealed class GetUserProjectsQueryHandler(IApplicationDbContext context)
    : IRequestHandler<GetUserProjectsQuery, IReadOnlyList<UserProjectDto>>
{
    public async Task<IReadOnlyList<UserProjectDto>> Handle(GetUserProjectsQuery request, CancellationToken cancellationToken)
    {
        var activeProjects = context.Projects
            .AsNoTracking()
            .Where(p => p.IsActive == true)
            .OrderBy(p => p.Name)
            .ThenBy(p => p.Id);
        if (request.IsAdmin)
        {
            return await activeProjects
                .Select(p => new UserProjectDto(p.Id, p.Name, p.Description, p.Slug, ProjectRole.Owner))
                .ToListAsync(cancellationToken);
        }

        return await activeProjects
            .Join(
                context.ProjectMemberships.Where(m => m.UserId == request.UserId),
                p => p.Id,
                m => m.ProjectId,
                (p, m) => new UserProjectDto(p.Id, p.Name, p.Description, p.Slug, m.Role))
            .ToListAsync(cancellationToken);
    }
}
