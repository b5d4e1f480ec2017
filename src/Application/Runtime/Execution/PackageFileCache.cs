using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Invoke.Application.Runtime.Execution;

/// <summary>
/// The extracted files of recently invoked versions, in memory, so that no invocation re-reads or re-extracts its
/// package. A version's files never change, so entries need no invalidation; the least recently used are evicted once
/// the total passes <see cref="ExecutionOptions.PackageCacheBytes"/>. Concurrent first calls of a version load it once.
/// </summary>
public sealed class PackageFileCache(IOptions<ExecutionOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();
    private long _totalBytes;

    public int Count => _entries.Count;

    public long TotalBytes => Interlocked.Read(ref _totalBytes);

    public async Task<PackageFiles> GetAsync(Guid versionId, Func<CancellationToken, Task<PackageFiles>> load, CancellationToken cancellationToken)
    {
        var entry = _entries.GetOrAdd(versionId, static (_, loader) => new Entry(loader), load);
        PackageFiles files;
        try
        {
            files = await entry.Files.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            _entries.TryRemove(KeyValuePair.Create(versionId, entry));
            throw;
        }

        entry.LastUsed = time.GetTimestamp();
        if (entry.TryCount())
        {
            Interlocked.Add(ref _totalBytes, files.SizeBytes);
            EvictBeyondBudget(versionId);
        }

        return files;
    }

    private void EvictBeyondBudget(Guid keep)
    {
        var budget = options.Value.PackageCacheBytes;
        if (TotalBytes <= budget)
        {
            return;
        }

        foreach (var (versionId, entry) in _entries.Where(e => e.Key != keep && e.Value.Counted).OrderBy(e => e.Value.LastUsed).ToList())
        {
            if (TotalBytes <= budget)
            {
                break;
            }

            if (_entries.TryRemove(KeyValuePair.Create(versionId, entry)))
            {
                Interlocked.Add(ref _totalBytes, -entry.Files.Value.Result.SizeBytes);
            }
        }
    }

    private sealed class Entry(Func<CancellationToken, Task<PackageFiles>> load)
    {
        private int _counted;

        // The load is not tied to the first caller's token: a cancelled first request must not fail the others.
        public Lazy<Task<PackageFiles>> Files { get; } = new(() => load(CancellationToken.None));

        public long LastUsed { get; set; }

        public bool Counted => Volatile.Read(ref _counted) == 1;

        public bool TryCount() => Interlocked.Exchange(ref _counted, 1) == 0;
    }
}
