using Invoke.Application.Common.Caching;
using MediatR;

namespace Invoke.Application.Auth.Queries.GetUserProjects;

/// <summary>
/// The active projects a user works in, with the user's role (the original's <c>getUserProjects</c>): every active
/// project as owner for an admin, the active projects of its memberships for anyone else. Ordered by name.
/// Cached until any project, or one of the user's memberships, changes.
/// </summary>
public sealed record GetUserProjectsQuery(int UserId, bool IsAdmin)
    : IRequest<IReadOnlyList<UserProjectDto>>, ICachedQuery<IReadOnlyList<UserProjectDto>>
{
    public string CacheKey => $"{UserId}:{IsAdmin}";

    public IEnumerable<CacheTag> TagsFor(IReadOnlyList<UserProjectDto> response) =>
        [CacheTags.Projects, CacheTags.MembershipsOfUser(UserId)];
}
