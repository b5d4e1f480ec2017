using Invoke.Application.Common.Caching;
using Invoke.Application.Functions.Queries.GetFunctionList;
using Invoke.Domain.Projects;

namespace Invoke.Application.UnitTests.Functions;

public sealed class GetFunctionListQueryTests
{
    private static readonly Guid ProjectId = Guid.NewGuid();

    [Fact]
    public void CacheKey_ShouldTellEveryScopeApart()
    {
        GetFunctionListQuery[] scopes =
        [
            new(null, null, null),
            new(null, 7, null),
            new(null, 8, null),
            new(ProjectId, null, ProjectRole.Owner),
            new(ProjectId, 7, null),
            new(Guid.NewGuid(), 7, null),
        ];

        Assert.Equal(scopes.Length, scopes.Select(scope => scope.CacheKey).Distinct().Count());
    }

    [Fact]
    public void Tags_OfAMembersList_ShouldIncludeTheirMembershipsAndEveryJoinedTable()
    {
        var tags = new GetFunctionListQuery(null, 7, null).TagsFor([]).ToList();

        Assert.Equal(
            [CacheTags.Functions, CacheTags.FunctionVersions, CacheTags.Users, CacheTags.Projects, CacheTags.MembershipsOfUser(7)],
            tags);
    }

    [Fact]
    public void Tags_OfOneProjectForAnAdmin_ShouldNarrowFunctionsToThatProjectAndReadNoMembership()
    {
        var tags = new GetFunctionListQuery(ProjectId, null, ProjectRole.Owner).TagsFor([]).ToList();

        Assert.Contains(CacheTags.FunctionsOfProject(ProjectId), tags);
        Assert.DoesNotContain(CacheTags.Functions, tags);
        Assert.DoesNotContain(tags, tag => tag.Table == "project_memberships");
    }

    [Fact]
    public void MaxAge_ShouldBoundHowOldTheInvocationCountersCanBe()
    {
        ICachedQuery<IReadOnlyList<FunctionListItemDto>> query = new GetFunctionListQuery(null, null, null);

        Assert.Equal(GetFunctionListQuery.CountersMaxAge, query.MaxAge);
        Assert.InRange(GetFunctionListQuery.CountersMaxAge, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
    }
}
