using Invoke.Application.ExecutionLogs.Queries.GetFunctionLogs;
using Invoke.Application.ExecutionLogs.Queries.GetLogs;

namespace Invoke.Application.UnitTests.ExecutionLogs;

public sealed class LogPageRequestValidatorTests
{
    [Theory]
    [InlineData(1, 1, "all")]
    [InlineData(1, 100, "success")]
    [InlineData(21474837, 100, "error")]
    public void Validate_WhenPageIsWithinBounds_ShouldPass(int page, int limit, string status)
    {
        var result = new GetFunctionLogsQueryValidator().Validate(new GetFunctionLogsQuery(Guid.NewGuid(), page, limit, status));

        Assert.True(result.IsValid);
    }

    [Theory]
    [InlineData(0, 20, "all", "Page")]
    [InlineData(-1, 20, "all", "Page")]
    [InlineData(21474838, 100, "all", "Page")]
    [InlineData(1, 0, "all", "Limit")]
    [InlineData(1, 101, "all", "Limit")]
    [InlineData(1, 20, "ALL", "Status")]
    [InlineData(1, 20, "", "Status")]
    public void Validate_WhenAValueIsOutOfBounds_ShouldNameIt(int page, int limit, string status, string property)
    {
        var result = new GetFunctionLogsQueryValidator().Validate(new GetFunctionLogsQuery(Guid.NewGuid(), page, limit, status));

        Assert.Equal([property], result.Errors.Select(e => e.PropertyName).Distinct());
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("system", true)]
    [InlineData("6f9619ff-8b86-d011-b42d-00c04fc964ff", true)]
    [InlineData("System", false)]
    [InlineData("undefined", false)]
    [InlineData("6f9619ff-8b86", false)]
    public void Validate_ProjectId_ShouldAcceptOnlyAbsentSystemOrAUuid(string? projectId, bool valid)
    {
        var result = new GetLogsQueryValidator().Validate(new GetLogsQuery(ProjectId: projectId));

        Assert.Equal(valid, result.IsValid);
    }
}
