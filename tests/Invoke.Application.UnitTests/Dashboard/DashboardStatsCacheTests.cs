using Invoke.Application.Dashboard;
using Invoke.Application.Dashboard.Queries.GetDashboardStats;
using Microsoft.Extensions.Options;

namespace Invoke.Application.UnitTests.Dashboard;

public sealed class DashboardStatsCacheTests
{
    private readonly ManualTimeProvider _clock = new();
    private int _computations;

    [Fact]
    public async Task GetOrCompute_WithinTheLifetime_ShouldServeTheFirstResult()
    {
        var cache = CacheFor(seconds: 5);

        var first = await cache.GetOrComputeAsync("all", ComputeAsync);
        _clock.Advance(TimeSpan.FromSeconds(4.9));
        var second = await cache.GetOrComputeAsync("all", ComputeAsync);

        Assert.Same(first, second);
        Assert.Equal(1, _computations);
    }

    [Fact]
    public async Task GetOrCompute_AfterTheLifetime_ShouldComputeAgain()
    {
        var cache = CacheFor(seconds: 5);

        await cache.GetOrComputeAsync("all", ComputeAsync);
        _clock.Advance(TimeSpan.FromSeconds(5));
        var second = await cache.GetOrComputeAsync("all", ComputeAsync);

        Assert.Equal(2, _computations);
        Assert.Equal(2, second.TotalFunctions);
    }

    [Fact]
    public async Task GetOrCompute_ForDifferentScopes_ShouldKeepThemApart()
    {
        var cache = CacheFor(seconds: 5);

        var project = await cache.GetOrComputeAsync("project:a", ComputeAsync);
        var user = await cache.GetOrComputeAsync("user:1", ComputeAsync);

        Assert.NotEqual(project, user);
        Assert.Equal(2, _computations);
    }

    [Fact]
    public async Task GetOrCompute_WhenLifetimeIsZero_ShouldComputeEveryTime()
    {
        var cache = CacheFor(seconds: 0);

        await cache.GetOrComputeAsync("all", ComputeAsync);
        await cache.GetOrComputeAsync("all", ComputeAsync);

        Assert.Equal(2, _computations);
    }

    [Fact]
    public async Task GetOrCompute_WhenComputingFails_ShouldCacheNothing()
    {
        var cache = CacheFor(seconds: 5);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => cache.GetOrComputeAsync("all", () => throw new InvalidOperationException("database down")));
        var stats = await cache.GetOrComputeAsync("all", ComputeAsync);

        Assert.Equal(1, stats.TotalFunctions);
    }

    private DashboardStatsCache CacheFor(int seconds) =>
        new(_clock, Options.Create(new DashboardOptions { StatsCacheSeconds = seconds }));

    private Task<DashboardStatsDto> ComputeAsync()
    {
        _computations++;
        return Task.FromResult(new DashboardStatsDto(_computations, 0, 0, 0, 0, "100.0"));
    }
}
