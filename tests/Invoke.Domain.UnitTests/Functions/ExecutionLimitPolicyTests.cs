using Invoke.Domain.Common;
using Invoke.Domain.Functions;

namespace Invoke.Domain.UnitTests.Functions;

public sealed class ExecutionLimitPolicyTests
{
    private const long Megabyte = 1024 * 1024;

    private static readonly ExecutionLimitPolicy Policy = new(
        defaultTimeoutSeconds: 30, maxTimeoutSeconds: 60, defaultMemoryMb: 256, maxMemoryMb: 1024);

    [Fact]
    public void Seeded_ShouldBeTheOriginalsDefaults()
    {
        Assert.Equal(Policy, ExecutionLimitPolicy.Seeded);
    }

    [Fact]
    public void Effective_WhenTheCustomLimitIsEnabled_ShouldBeTheCustomValue()
    {
        Assert.Equal(TimeSpan.FromSeconds(45), Policy.EffectiveTimeout(customEnabled: true, 45));
        Assert.Equal(512 * Megabyte, Policy.EffectiveMemoryBytes(customEnabled: true, 512));
    }

    [Theory]
    [InlineData(false, 45)]
    [InlineData(false, null)]
    [InlineData(true, null)]
    [InlineData(true, 0)]
    [InlineData(true, -5)]
    public void Effective_WhenNoCustomValueApplies_ShouldBeTheDefault(bool enabled, int? custom)
    {
        Assert.Equal(TimeSpan.FromSeconds(30), Policy.EffectiveTimeout(enabled, custom));
        Assert.Equal(256 * Megabyte, Policy.EffectiveMemoryBytes(enabled, custom));
    }

    [Fact]
    public void Effective_WhenTheCustomValueIsAboveTheMaximum_ShouldBeTheMaximum()
    {
        Assert.Equal(TimeSpan.FromSeconds(60), Policy.EffectiveTimeout(customEnabled: true, 600));
        Assert.Equal(1024 * Megabyte, Policy.EffectiveMemoryBytes(customEnabled: true, 4096));
    }

    [Fact]
    public void Effective_WhenTheDefaultIsAboveTheMaximum_ShouldBeTheMaximum()
    {
        var policy = new ExecutionLimitPolicy(defaultTimeoutSeconds: 90, maxTimeoutSeconds: 60, defaultMemoryMb: 2048, maxMemoryMb: 1024);

        Assert.Equal(TimeSpan.FromSeconds(60), policy.EffectiveTimeout(customEnabled: false, null));
        Assert.Equal(1024 * Megabyte, policy.EffectiveMemoryBytes(customEnabled: false, null));
    }

    [Fact]
    public void EffectiveMemoryBytes_ForTheLargestMegabyteCount_ShouldNotOverflow()
    {
        var policy = new ExecutionLimitPolicy(30, 60, int.MaxValue, int.MaxValue);

        Assert.Equal(int.MaxValue * Megabyte, policy.EffectiveMemoryBytes(customEnabled: false, null));
    }

    [Theory]
    [InlineData(0, 60, 256, 1024)]
    [InlineData(30, 0, 256, 1024)]
    [InlineData(30, 60, -1, 1024)]
    [InlineData(30, 60, 256, 0)]
    public void Constructor_WhenAValueIsNotPositive_ShouldThrow(int defaultTimeout, int maxTimeout, int defaultMemory, int maxMemory)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExecutionLimitPolicy(defaultTimeout, maxTimeout, defaultMemory, maxMemory));
    }

    [Theory]
    [InlineData(61, null, "custom_timeout_seconds")]
    [InlineData(null, 1025, "custom_memory_mb")]
    public void EnsureAllowed_WhenAValueIsAboveItsMaximum_ShouldRefuseNamingIt(int? seconds, int? megabytes, string field)
    {
        var refusal = Assert.Throws<InvalidValueException>(() => Policy.EnsureAllowed(seconds, megabytes));

        Assert.Equal(field, refusal.Field);
    }

    [Theory]
    [InlineData(60, 1024)]
    [InlineData(1, 1)]
    [InlineData(null, null)]
    public void EnsureAllowed_WhenValuesAreAtMostTheMaxima_ShouldAccept(int? seconds, int? megabytes)
    {
        Policy.EnsureAllowed(seconds, megabytes);
    }
}
