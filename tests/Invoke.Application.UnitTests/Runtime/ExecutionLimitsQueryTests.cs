using Invoke.Application.Common.Caching;
using Invoke.Application.Runtime.Queries.GetExecutionLimits;

namespace Invoke.Application.UnitTests.Runtime;

public sealed class ExecutionLimitsQueryTests
{
    [Fact]
    public void Tags_ShouldCoverTheFunctionRowAndEachExecutionSetting()
    {
        var functionId = Guid.NewGuid();
        var query = new GetExecutionLimitsQuery(functionId);

        var tags = query.TagsFor(new ExecutionLimitsDto(TimeSpan.FromSeconds(30), 256L * 1024 * 1024));

        Assert.Equal(
            [
                CacheTags.Function(functionId),
                CacheTags.GlobalSetting("execution_default_timeout_seconds"),
                CacheTags.GlobalSetting("execution_max_timeout_seconds"),
                CacheTags.GlobalSetting("execution_default_memory_mb"),
                CacheTags.GlobalSetting("execution_max_memory_mb"),
            ],
            tags);
        Assert.Equal(functionId.ToString(), query.CacheKey);
    }

    [Fact]
    public void SettingTag_ShouldBeCoveredByTheNotificationOfThatSettingOnly()
    {
        var tag = CacheTags.GlobalSetting("execution_max_timeout_seconds");

        Assert.True(CacheTag.Where("global_settings", "setting_key", "execution_max_timeout_seconds").Covers(tag));
        Assert.False(CacheTag.Where("global_settings", "setting_key", "function_base_url").Covers(tag));
        Assert.True(CacheTags.GlobalSettings.Covers(tag));
    }
}
