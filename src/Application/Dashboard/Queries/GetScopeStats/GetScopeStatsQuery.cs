using Invoke.Application.Common.Caching;
using Invoke.Application.ExecutionLogs.Common;
using MediatR;

namespace Invoke.Application.Dashboard.Queries.GetScopeStats;

/// <summary>
/// The dashboard's figures of a scope whose access has been checked (a <see cref="ProjectScope"/> only comes from
/// <see cref="ProjectScope.ResolveAsync"/>). Cached per scope until a function in it changes (for a member's projects,
/// also a project or one of the member's memberships), and for at most <see cref="MaxAge"/>: execution logs and
/// execution counts notify nobody (docs/adr/0020).
/// </summary>
/// <param name="MaxAge">Zero or less: never served from the cache.</param>
public sealed record GetScopeStatsQuery(ProjectScope Scope, TimeSpan MaxAge)
    : IRequest<DashboardStatsDto>, ICachedQuery<DashboardStatsDto>
{
    public string CacheKey => Scope.Key;

    TimeSpan? ICachedQuery<DashboardStatsDto>.MaxAge => MaxAge;

    public IEnumerable<CacheTag> TagsFor(DashboardStatsDto response) => (Scope.ProjectId, Scope.MemberUserId) switch
    {
        ({ } projectId, _) => [CacheTags.FunctionsOfProject(projectId)],
        (_, { } userId) => [CacheTags.Functions, CacheTags.Projects, CacheTags.MembershipsOfUser(userId)],
        _ => [CacheTags.Functions],
    };
}
