namespace Invoke.Api.IntegrationTests.Scheduler;

/// <summary>Two scheduler instances on one database and one fake clock.</summary>
public sealed class TwoSchedulers : IAsyncLifetime
{
    public SchedulerFactory First { get; } = new();

    public SecondSchedulerInstance Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await First.InitializeAsync();
        Second = new SecondSchedulerInstance(First);
        await Second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)Second).DisposeAsync();
        await ((IAsyncLifetime)First).DisposeAsync();
    }
}
