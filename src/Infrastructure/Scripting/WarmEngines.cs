using System.Collections.Concurrent;
using Invoke.Application.Runtime.Execution;
using Microsoft.Extensions.Options;

namespace Invoke.Infrastructure.Scripting;

/// <summary>
/// Idle engines, each kept for the function version it was prepared for, so that the next invocation of that version
/// skips the bootstrap and the loading of its modules. At most <see cref="ExecutionOptions.MaxIdleEnginesPerVersion"/>
/// per version and <see cref="ExecutionOptions.MaxIdleEngines"/> in all; the least recently used go first.
/// </summary>
internal sealed class WarmEngines(IOptions<ExecutionOptions> options, TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<WarmEngineKey, ConcurrentStack<SandboxEngine>> _idle = new();
    private int _count;

    public int IdleCount => Volatile.Read(ref _count);

    public SandboxEngine? TryRent(WarmEngineKey key)
    {
        if (_idle.TryGetValue(key, out var stack) && stack.TryPop(out var engine))
        {
            Interlocked.Decrement(ref _count);
            return engine;
        }

        return null;
    }

    public void Return(SandboxEngine engine)
    {
        var stack = _idle.GetOrAdd(engine.Key, static _ => new ConcurrentStack<SandboxEngine>());
        if (stack.Count >= options.Value.MaxIdleEnginesPerVersion)
        {
            engine.Dispose();
            return;
        }

        engine.LastUsed = time.GetTimestamp();
        stack.Push(engine);
        if (Interlocked.Increment(ref _count) > options.Value.MaxIdleEngines)
        {
            EvictLeastRecentlyUsed();
        }
    }

    public void Dispose()
    {
        foreach (var stack in _idle.Values)
        {
            while (stack.TryPop(out var engine))
            {
                engine.Dispose();
            }
        }
    }

    private void EvictLeastRecentlyUsed()
    {
        var oldest = _idle
            .Where(pair => !pair.Value.IsEmpty)
            .Select(pair => (pair.Key, Stack: pair.Value, LastUsed: pair.Value.TryPeek(out var top) ? top.LastUsed : long.MaxValue))
            .OrderBy(entry => entry.LastUsed)
            .FirstOrDefault();
        if (oldest.Stack is null)
        {
            return;
        }

        // The whole version goes: its engines were idle at least as long as its most recent one.
        while (oldest.Stack.TryPop(out var engine))
        {
            Interlocked.Decrement(ref _count);
            engine.Dispose();
        }

        _idle.TryRemove(KeyValuePair.Create(oldest.Key, oldest.Stack));
    }
}
