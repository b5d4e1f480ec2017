using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Projects.Queries.GetProjects;

public sealed class GetProjectsQueryHandler(IApplicationDbContext context)
    : IRequestHandler<GetProjectsQuery, IReadOnlyList<ProjectSummaryDto>>
{
    // One correlated subquery per count: the original joined members and functions in one query, which multiplied
    // each count by the other.
    public async Task<IReadOnlyList<ProjectSummaryDto>> Handle(GetProjectsQuery request, CancellationToken cancellationToken) =>
        await context.Projects
            .AsNoTracking()
            .OrderByDescending(p => p.CreatedAt)
            .ThenBy(p => p.Id)
            .Select(p => new ProjectSummaryDto(
                p.Id,
                p.Name,
                p.Description,
                p.IsActive,
                p.KvStorageLimitBytes,
                p.CreatedAt,
                context.Users.Where(u => u.Id == p.CreatedBy).Select(u => u.Username).FirstOrDefault(),
                context.ProjectMemberships.LongCount(m => m.ProjectId == p.Id),
                context.Functions.LongCount(f => f.ProjectId == p.Id)))
            .ToListAsync(cancellationToken);
}
