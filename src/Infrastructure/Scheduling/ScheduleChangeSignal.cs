using Invoke.Infrastructure.Notifications;

namespace Invoke.Infrastructure.Scheduling;

/// <summary>
/// Raised when a schedule changes (the <c>invoke_schedule_changed</c> trigger) or when notifications may have been lost
/// (the listener reconnected), so that <see cref="SchedulerService"/> reads the next due run again.
/// </summary>
internal sealed class ScheduleChangeSignal : IChannelObserver
{
    private TaskCompletionSource _changed = NewSource();

    public string Channel => NotificationChannels.Schedule;

    /// <summary>Completes at the first change after the last <see cref="Reset"/>.</summary>
    public Task Changed => Volatile.Read(ref _changed).Task;

    /// <summary>Call before reading the schedules: a change during the read then still completes <see cref="Changed"/>.</summary>
    public void Reset()
    {
        var current = Volatile.Read(ref _changed);
        if (current.Task.IsCompleted)
        {
            Interlocked.CompareExchange(ref _changed, NewSource(), current);
        }
    }

    public void Listening() => Raise();

    public void Received(string payload) => Raise();

    private void Raise() => Volatile.Read(ref _changed).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
