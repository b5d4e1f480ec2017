using Invoke.Infrastructure.Maintenance;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace Invoke.Infrastructure.UnitTests.Maintenance;

public sealed class MaintenanceRunnerTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _clock = new();
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddScoped(_ => Substitute.For<IMediator>())
        .BuildServiceProvider();

    [Fact]
    public async Task Execute_ShouldRunEveryJobOnceAnIntervalWithTheMediatorOfItsOwnScope()
    {
        var mediators = new List<IMediator>();
        using var runs = new SemaphoreSlim(0);
        var job = new MaintenanceJob("sweep", (mediator, _) =>
        {
            mediators.Add(mediator);
            runs.Release();
            return Task.FromResult(3);
        });
        using var runner = Runner(job);
        await runner.StartAsync(CancellationToken.None);

        _clock.Advance(Interval - TimeSpan.FromSeconds(1));
        var ranBeforeTheInterval = await runs.WaitAsync(TimeSpan.FromMilliseconds(100));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await runs.WaitAsync(Patience));
        _clock.Advance(Interval);
        Assert.True(await runs.WaitAsync(Patience));
        await runner.StopAsync(CancellationToken.None);

        Assert.False(ranBeforeTheInterval);
        Assert.Equal(2, mediators.Count);
        Assert.NotSame(mediators[0], mediators[1]);
    }

    [Fact]
    public async Task Execute_WhenAJobFails_ShouldStillRunTheOthersAndTryItAgainNextInterval()
    {
        var failures = 0;
        using var sweeps = new SemaphoreSlim(0);
        var failing = new MaintenanceJob("failing", (_, _) =>
        {
            failures++;
            throw new InvalidOperationException("database unreachable");
        });
        var sweep = new MaintenanceJob("sweep", (_, _) =>
        {
            sweeps.Release();
            return Task.FromResult(0);
        });
        using var runner = Runner(failing, sweep);
        await runner.StartAsync(CancellationToken.None);

        _clock.Advance(Interval);
        Assert.True(await sweeps.WaitAsync(Patience));
        _clock.Advance(Interval);
        Assert.True(await sweeps.WaitAsync(Patience));
        await runner.StopAsync(CancellationToken.None);

        Assert.Equal(2, failures);
    }

    private MaintenanceRunner Runner(params MaintenanceJob[] jobs) => new(
        jobs,
        _services.GetRequiredService<IServiceScopeFactory>(),
        Options.Create(new MaintenanceOptions { Interval = Interval }),
        _clock,
        NullLogger<MaintenanceRunner>.Instance);
}
