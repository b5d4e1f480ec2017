using Invoke.Application.Functions.Queries.ListFunctions;
using Invoke.Application.UnitTests.TestDoubles;

namespace Invoke.Application.UnitTests.Functions;

public sealed class ListFunctionsQueryTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("system")]
    public void ProjectFilter_WhenAbsentOrSystem_ShouldBeNull(string? projectId)
    {
        Assert.Null(new ListFunctionsQuery(projectId, null).ProjectFilter);
    }

    [Fact]
    public void ProjectFilter_WhenAProjectId_ShouldBeThatId()
    {
        var id = Guid.NewGuid();

        Assert.Equal(id, new ListFunctionsQuery(id.ToString(), null).ProjectFilter);
    }

    [Theory]
    [InlineData("System")]
    [InlineData("not-a-uuid")]
    [InlineData("42")]
    public void Validate_WhenNeitherAProjectIdNorSystem_ShouldReportProjectId(string projectId)
    {
        var errors = WireErrors.Of(new ListFunctionsQueryValidator(), new ListFunctionsQuery(projectId, null));

        Assert.Equal(["projectId"], errors.Keys);
    }
}
