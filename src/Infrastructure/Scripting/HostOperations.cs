namespace Invoke.Infrastructure.Scripting;

/// <summary>
/// Host work a function awaits (network I/O): started on the invocation's flow, finished there too. The completion is
/// queued to the invocation's event loop, which runs it like a timer callback; while any operation is pending, the loop
/// keeps the invocation alive as Node keeps a process alive for an open request.
/// </summary>
internal sealed class HostOperations(Action<Action> post)
{
    public int Pending { get; private set; }

    public void Start<T>(Func<Task<T>> operation, Action<T> completed, Action<Exception> failed)
    {
        Task<T> task;
        try
        {
            task = operation();
        }
        catch (Exception exception)
        {
            task = Task.FromException<T>(exception);
        }

        Pending++;
        task.ContinueWith(
            finished => post(() =>
            {
                Pending--;
                if (finished.IsCompletedSuccessfully)
                {
                    completed(finished.Result);
                }
                else
                {
                    failed(finished.Exception?.InnerException ?? new OperationCanceledException());
                }
            }),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }
}
