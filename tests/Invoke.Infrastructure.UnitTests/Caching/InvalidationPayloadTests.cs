using Invoke.Application.Common.Caching;
using Invoke.Infrastructure.Caching;

namespace Invoke.Infrastructure.UnitTests.Caching;

public sealed class InvalidationPayloadTests
{
    [Fact]
    public void Parse_WithIdColumns_ShouldGiveOneRowTagPerColumn()
    {
        var projectId = Guid.NewGuid();
        var functionId = Guid.NewGuid();

        var tags = InvalidationPayload.Parse(
            $$"""{"table": "functions", "action": "UPDATE", "id": "{{functionId}}", "project_id": "{{projectId}}"}""");

        Assert.Equal(
            [CacheTags.Function(functionId), CacheTag.Where("functions", "project_id", projectId)],
            tags);
    }

    [Fact]
    public void Parse_WithANumericId_ShouldMatchTheTagOfThatInteger()
    {
        var tags = InvalidationPayload.Parse("""{"table": "users", "action": "DELETE", "id": 42}""");

        Assert.Equal([CacheTags.User(42)], tags);
    }

    [Theory]
    [InlineData("""{"table": "api_gateway_routes", "action": "INSERT"}""", "api_gateway_routes")]
    [InlineData("""{"table": "global_network_policies", "action": "DELETE"}""", "global_network_policies")]
    [InlineData("""{"table": "users", "action": "TRUNCATE"}""", "users")]
    [InlineData("""{"table": "functions", "action": "UPDATE", "project_id": null}""", "functions")]
    public void Parse_WithoutARowId_ShouldGiveTheWholeTable(string payload, string table)
    {
        var tags = InvalidationPayload.Parse(payload);

        Assert.Equal([CacheTag.WholeTable(table)], tags);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("""{"action": "UPDATE", "id": 1}""")]
    [InlineData("""{"table": 7, "action": "UPDATE"}""")]
    [InlineData("""{"table": "", "action": "UPDATE"}""")]
    public void Parse_WithAPayloadThatNamesNoTable_ShouldGiveNull(string payload)
    {
        var tags = InvalidationPayload.Parse(payload);

        Assert.Null(tags);
    }
}
