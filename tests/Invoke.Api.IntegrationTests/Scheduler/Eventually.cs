namespace Invoke.Api.IntegrationTests.Scheduler;

/// <summary>
/// Waits in real time for work the fake clock has set off (runs, log writes) to finish: short polls, a generous limit
/// that only a broken scheduler reaches.
/// </summary>
internal static class Eventually
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static async Task<T> ReachesAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var started = DateTime.UtcNow;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow - started > Limit)
            {
                throw new TimeoutException($"Still waiting for {what} after {Limit.TotalSeconds} s; last value: {value}");
            }

            await Task.Delay(50);
        }
    }
}
