using Invoke.Application.Common.Caching;
using MediatR;

namespace Invoke.Application.Functions.Queries.GetFunctionList;

/// <summary>
/// The function list of one scope, with the original's joined columns, for a caller whose access to that scope was
/// checked already (<c>ListFunctionsQuery</c> does). Served from the query cache: any change to functions, versions,
/// users, projects or the member's memberships evicts it at once, and it is reloaded at least every
/// <see cref="CountersMaxAge"/> for the counters that change on every invocation without a notification.
/// </summary>
/// <param name="ProjectId">One project, or null for every project in scope.</param>
/// <param name="MemberUserId">
/// A non-admin: only the active projects they belong to, with their role in each. Null for an admin: every project.
/// </param>
/// <param name="FixedRole">The <c>user_role</c> of every row when no member's role is looked up.</param>
public sealed record GetFunctionListQuery(Guid? ProjectId, int? MemberUserId, string? FixedRole)
    : IRequest<IReadOnlyList<FunctionListItemDto>>, ICachedQuery<IReadOnlyList<FunctionListItemDto>>
{
    /// <summary>How stale <c>execution_count</c> and <c>last_executed</c> may be: a dashboard figure, not an audit.</summary>
    public static readonly TimeSpan CountersMaxAge = TimeSpan.FromSeconds(2);

    public string CacheKey => $"{ProjectId}:{MemberUserId}:{FixedRole}";

    public TimeSpan? MaxAge => CountersMaxAge;

    public IEnumerable<CacheTag> TagsFor(IReadOnlyList<FunctionListItemDto> response)
    {
        yield return ProjectId is { } projectId ? CacheTags.FunctionsOfProject(projectId) : CacheTags.Functions;
        yield return CacheTags.FunctionVersions;
        yield return CacheTags.Users;
        yield return CacheTags.Projects;
        if (MemberUserId is { } userId)
        {
            yield return CacheTags.MembershipsOfUser(userId);
        }
    }
}
