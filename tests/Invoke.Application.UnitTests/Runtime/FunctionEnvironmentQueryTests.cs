using Invoke.Application.Common.Caching;
using Invoke.Application.Runtime.Queries.GetFunctionEnvironment;

namespace Invoke.Application.UnitTests.Runtime;

public sealed class FunctionEnvironmentQueryTests
{
    [Fact]
    public void Merge_ShouldOverlayTheProjectsVariablesWithTheFunctionsOwn()
    {
        var environment = FunctionEnvironmentDto.Merge(
            Guid.NewGuid(),
            [new("SHARED", "project"), new("ONLY_PROJECT", "p")],
            [new("SHARED", "function"), new("ONLY_FUNCTION", "f")]);

        Assert.Equal(
            new Dictionary<string, string> { ["SHARED"] = "function", ["ONLY_PROJECT"] = "p", ["ONLY_FUNCTION"] = "f" },
            environment);
    }

    [Fact]
    public void Merge_ShouldTellNamesApartByCase()
    {
        var environment = FunctionEnvironmentDto.Merge(Guid.NewGuid(), [new("Path", "project")], [new("PATH", "function")]);

        Assert.Equal(("project", "function"), (environment["Path"], environment["PATH"]));
    }

    [Fact]
    public void Tags_ShouldCoverTheFunctionItsVariablesAndItsProjectsVariables()
    {
        var functionId = Guid.NewGuid();
        var projectId = Guid.NewGuid();

        var tags = new GetFunctionEnvironmentQuery(functionId).TagsFor(FunctionEnvironmentDto.Merge(projectId, [], []));

        Assert.Equal(
            [CacheTags.Function(functionId), CacheTags.EnvironmentOfFunction(functionId), CacheTags.EnvironmentOfProject(projectId)],
            tags);
    }

    [Fact]
    public void Tags_WhenTheFunctionHasNoProject_ShouldCoverTheFunctionAndItsVariables()
    {
        var functionId = Guid.NewGuid();

        var tags = new GetFunctionEnvironmentQuery(functionId).TagsFor(FunctionEnvironmentDto.Merge(null, [], []));

        Assert.Equal([CacheTags.Function(functionId), CacheTags.EnvironmentOfFunction(functionId)], tags);
    }

    [Fact]
    public void ProjectVariablesTag_ShouldBeCoveredByTheExecutionChannelsNotificationForThatProject()
    {
        var projectId = Guid.NewGuid();

        var notified = CacheTag.Where("project_environment_variables", "project_id", projectId.ToString());

        Assert.True(notified.Covers(CacheTags.EnvironmentOfProject(projectId)));
        Assert.False(notified.Covers(CacheTags.EnvironmentOfProject(Guid.NewGuid())));
    }
}
