using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Users.Queries.GetUsers;

public sealed class GetUsersQueryHandler(IApplicationDbContext context)
    : IRequestHandler<GetUsersQuery, IReadOnlyList<UserSummaryDto>>
{
    public async Task<IReadOnlyList<UserSummaryDto>> Handle(GetUsersQuery request, CancellationToken cancellationToken) =>
        await context.Users
            .AsNoTracking()
            .OrderByDescending(u => u.CreatedAt)
            .ThenByDescending(u => u.Id)
            .Select(u => new UserSummaryDto(
                u.Id,
                u.Username,
                u.Email,
                u.IsAdmin,
                u.CreatedAt,
                u.LastLogin,
                context.ProjectMemberships.LongCount(m => m.UserId == u.Id)))
            .ToListAsync(cancellationToken);
}
