using System.Collections.Concurrent;
using Invoke.Application.Common.Caching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Invoke.Infrastructure.Caching;

/// <summary>
/// The in-process cache of query results. Hits are lock-free; stores, evictions and flushes take one lock, so a result
/// read before a change can never be stored after the change was reported (see docs/adr/0013).
/// </summary>
internal sealed class QueryCache : ICacheStatistics
{
    private readonly ConcurrentDictionary<CacheEntryKey, CacheEntry> _entries = new();
    private readonly ConcurrentDictionary<CacheEntryKey, TaskCompletionSource<object?>> _flights = new();
    private readonly ConcurrentDictionary<Type, QueryCounters> _counters = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _notificationsByTable = [];
    private readonly TagIndex _index = new();
    private readonly RecentChanges _changes;
    private readonly CacheOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<QueryCache> _logger;
    private long _sequence;
    private long _flushedAtSequence;
    private long _notifications;
    private long _coalesced;
    private long _flushes;
    private volatile bool _serving;

    public QueryCache(IOptions<CacheOptions> options, TimeProvider timeProvider, ILogger<QueryCache> logger)
    {
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _changes = new RecentChanges(_options.DebounceWindow, timeProvider);
    }

    public bool Enabled => _options.Enabled;

    /// <summary>False until the listener is connected, and whenever it is not: then every query goes to the database.</summary>
    public bool Serving => _serving;

    public async Task<TResponse> GetOrAddAsync<TResponse>(
        CacheEntryKey key,
        Func<Task<TResponse>> load,
        Func<TResponse, IEnumerable<CacheTag>> tagsFor,
        CancellationToken cancellationToken,
        TimeSpan? maxAge = null)
    {
        var counters = _counters.GetOrAdd(key.QueryType, _ => new QueryCounters());
        while (true)
        {
            // A result that may not be served at all is not shared with concurrent callers either.
            if (!_serving || maxAge <= TimeSpan.Zero)
            {
                counters.Bypassed();
                return await load();
            }

            if (_entries.TryGetValue(key, out var entry) && entry.IsFresh(_timeProvider))
            {
                counters.Hit();
                return (TResponse)entry.Value!;
            }

            var flight = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
            var running = _flights.GetOrAdd(key, flight);
            if (running != flight)
            {
                try
                {
                    var shared = await running.Task.WaitAsync(cancellationToken);
                    counters.Hit();
                    return (TResponse)shared!;
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // The caller that ran the handler gave up; this caller still wants the result.
                    continue;
                }
            }

            return await LoadAsync(key, flight, counters, load, tagsFor, maxAge);
        }
    }

    /// <summary>Evicts what the reported changes make stale; see <see cref="RecentChanges.Record"/> for bursts.</summary>
    public void Invalidate(IReadOnlyCollection<CacheTag> changed)
    {
        lock (_gate)
        {
            _notifications++;
            foreach (var table in changed.Select(tag => tag.Table).Distinct())
            {
                _notificationsByTable[table] = _notificationsByTable.GetValueOrDefault(table) + 1;
            }

            var sequence = ++_sequence;
            var now = _timeProvider.GetTimestamp();
            foreach (var tag in changed)
            {
                if (!_changes.Record(tag, sequence, now))
                {
                    _coalesced++;
                    continue;
                }

                foreach (var key in _index.CoveredBy(tag))
                {
                    Remove(key)?.Counters.Evicted();
                }
            }
        }
    }

    public void Flush(string reason)
    {
        int dropped;
        lock (_gate)
        {
            dropped = FlushLocked();
        }

        _logger.LogInformation("Query cache flushed ({Reason}): {Count} entries dropped", reason, dropped);
    }

    /// <summary>Stops serving and drops everything: changes are no longer reported.</summary>
    public void Suspend(string reason)
    {
        lock (_gate)
        {
            _serving = false;
            FlushLocked();
        }

        _logger.LogInformation("Query cache bypassed until the listener reconnects ({Reason})", reason);
    }

    /// <summary>Drops everything (changes made while nobody listened were never reported) and serves again.</summary>
    public void Resume(string reason)
    {
        int dropped;
        lock (_gate)
        {
            dropped = FlushLocked();
            _serving = true;
        }

        _logger.LogInformation("Query cache flushed and serving again ({Reason}): {Count} entries dropped", reason, dropped);
    }

    public CacheStatisticsSnapshot Capture()
    {
        lock (_gate)
        {
            return new CacheStatisticsSnapshot(
                _options.Enabled,
                _serving,
                _entries.Count,
                _notifications,
                new Dictionary<string, long>(_notificationsByTable),
                _coalesced,
                _flushes,
                _counters.ToDictionary(pair => DisplayName(pair.Key), pair => pair.Value.Capture()));
        }
    }

    // The short name, unless two cached query types share it.
    private string DisplayName(Type queryType) =>
        _counters.Keys.Count(type => type.Name == queryType.Name) == 1 ? queryType.Name : queryType.FullName ?? queryType.Name;

    private async Task<TResponse> LoadAsync<TResponse>(
        CacheEntryKey key,
        TaskCompletionSource<object?> flight,
        QueryCounters counters,
        Func<Task<TResponse>> load,
        Func<TResponse, IEnumerable<CacheTag>> tagsFor,
        TimeSpan? maxAge)
    {
        try
        {
            // Read before the handler runs: any change reported after this point may postdate what the handler reads,
            // and the result is as old as that point.
            var startSequence = Interlocked.Read(ref _sequence);
            var expiresAt = maxAge is { } age ? _timeProvider.GetTimestamp() + Ticks(age) : (long?)null;
            counters.Miss();
            var response = await load();
            Store(key, new CacheEntry(response, [.. tagsFor(response)], counters, expiresAt), startSequence);
            flight.SetResult(response);
            return response;
        }
        catch (OperationCanceledException exception)
        {
            flight.SetCanceled(exception.CancellationToken);
            throw;
        }
        catch (Exception exception)
        {
            flight.SetException(exception);
            throw;
        }
        finally
        {
            _flights.TryRemove(new KeyValuePair<CacheEntryKey, TaskCompletionSource<object?>>(key, flight));
        }
    }

    private long Ticks(TimeSpan age) => (long)(age.TotalSeconds * _timeProvider.TimestampFrequency);

    private void Store(CacheEntryKey key, CacheEntry entry, long startSequence)
    {
        lock (_gate)
        {
            if (!_serving || startSequence < _flushedAtSequence || _entries.Count >= _options.MaxEntries)
            {
                return;
            }

            var now = _timeProvider.GetTimestamp();
            if (entry.Tags.Any(tag => _changes.Unsettled(tag, startSequence, now)))
            {
                return;
            }

            Remove(key);
            _entries[key] = entry;
            _index.Add(key, entry.Tags);
        }
    }

    private CacheEntry? Remove(CacheEntryKey key)
    {
        if (!_entries.TryRemove(key, out var entry))
        {
            return null;
        }

        _index.Remove(key, entry.Tags);
        return entry;
    }

    private int FlushLocked()
    {
        var dropped = _entries.Count;
        _flushedAtSequence = ++_sequence;
        _entries.Clear();
        _index.Clear();
        _changes.Clear();
        _flushes++;
        return dropped;
    }
}
