using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ProjectMembers.Queries.GetProjectMembers;

public sealed class GetProjectMembersQueryHandler(IApplicationDbContext context)
    : IRequestHandler<GetProjectMembersQuery, IReadOnlyList<ProjectMemberDto>>
{
    public async Task<IReadOnlyList<ProjectMemberDto>> Handle(
        GetProjectMembersQuery request, CancellationToken cancellationToken)
    {
        var projectId = request.ProjectId!.Value;
        if (!await context.Projects.AnyAsync(p => p.Id == projectId, cancellationToken))
        {
            throw new NotFoundException("Project not found");
        }

        return await context.ProjectMemberships
            .AsNoTracking()
            .Where(m => m.ProjectId == projectId)
            .Join(context.Users, m => m.UserId, u => u.Id, (m, u) => new { Membership = m, User = u })
            .OrderBy(row => row.Membership.CreatedAt)
            .ThenBy(row => row.Membership.Id)
            .Select(row => new ProjectMemberDto(
                row.Membership.Id,
                row.Membership.Role,
                row.Membership.CreatedAt,
                row.User.Id,
                row.User.Username,
                row.User.Email,
                context.Users.Where(adder => adder.Id == row.Membership.CreatedBy).Select(adder => adder.Username).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }
}
