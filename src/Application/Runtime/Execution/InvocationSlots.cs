using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Invoke.Application.Runtime.Execution;

/// <summary>
/// Admission of invocations: at most <see cref="ExecutionOptions.MaxConcurrentInvocations"/> run at once in this
/// process and at most <see cref="ExecutionOptions.MaxConcurrentInvocationsPerProject"/> of one project; the rest wait
/// in line (a burst waits, it does not fail) until their slot frees or their own deadline passes.
/// </summary>
public sealed class InvocationSlots(IOptions<ExecutionOptions> options, TimeProvider time)
{
    private readonly SemaphoreSlim _global = new(options.Value.MaxConcurrentInvocations);
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _projects = new();
    private int _waiting;

    public int Running => options.Value.MaxConcurrentInvocations - _global.CurrentCount;

    public int Waiting => Volatile.Read(ref _waiting);

    /// <returns>Null when no slot freed within <paramref name="patience"/>.</returns>
    public async Task<IDisposable?> EnterAsync(Guid projectId, TimeSpan patience, CancellationToken cancellationToken)
    {
        var project = _projects.GetOrAdd(projectId, _ => new SemaphoreSlim(options.Value.MaxConcurrentInvocationsPerProject));
        Interlocked.Increment(ref _waiting);
        try
        {
            var started = time.GetTimestamp();
            if (!await project.WaitAsync(patience, cancellationToken))
            {
                return null;
            }

            var left = patience - time.GetElapsedTime(started);
            if (left <= TimeSpan.Zero || !await _global.WaitAsync(left, cancellationToken))
            {
                project.Release();
                return null;
            }

            return new Slot(project, _global);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    private sealed class Slot(SemaphoreSlim project, SemaphoreSlim global) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                global.Release();
                project.Release();
            }
        }
    }
}
