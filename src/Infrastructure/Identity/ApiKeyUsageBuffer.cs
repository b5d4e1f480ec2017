using Invoke.Application.Common.Interfaces;

namespace Invoke.Infrastructure.Identity;

/// <summary>
/// Counts API key uses in memory until <see cref="ApiKeyUsageFlusher"/> writes them (docs/adr/0010). A request pays
/// for one short lock, not for a database write.
/// </summary>
internal sealed class ApiKeyUsageBuffer(TimeProvider timeProvider) : IApiKeyUsageRecorder
{
    private readonly Lock _lock = new();
    private Dictionary<int, ApiKeyUsage> _pending = [];

    public void RecordUse(int apiKeyId)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        lock (_lock)
        {
            _pending[apiKeyId] = _pending.TryGetValue(apiKeyId, out var usage)
                ? new ApiKeyUsage(apiKeyId, usage.Count + 1, now)
                : new ApiKeyUsage(apiKeyId, 1, now);
        }
    }

    /// <summary>Takes every use counted so far; the buffer starts again from zero.</summary>
    public IReadOnlyCollection<ApiKeyUsage> Drain()
    {
        Dictionary<int, ApiKeyUsage> drained;
        lock (_lock)
        {
            if (_pending.Count == 0)
            {
                return [];
            }

            drained = _pending;
            _pending = [];
        }

        return drained.Values;
    }

    /// <summary>Puts back uses that could not be written, merging them with uses counted since.</summary>
    public void Restore(IEnumerable<ApiKeyUsage> usages)
    {
        lock (_lock)
        {
            foreach (var usage in usages)
            {
                _pending[usage.ApiKeyId] = _pending.TryGetValue(usage.ApiKeyId, out var newer)
                    ? new ApiKeyUsage(usage.ApiKeyId, usage.Count + newer.Count, newer.LastUsed)
                    : usage;
            }
        }
    }
}
