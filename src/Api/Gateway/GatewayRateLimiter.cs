using System.Threading.RateLimiting;

namespace Invoke.Api.Gateway;

/// <summary>A route's limit (an Invoke extension): a fixed window of permits per client address, no queueing.</summary>
internal sealed class GatewayRateLimiter(int requests, int windowSeconds)
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = requests,
            Window = TimeSpan.FromSeconds(windowSeconds),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public int Requests { get; } = requests;

    public int WindowSeconds { get; } = windowSeconds;

    /// <returns>Null when the request may pass; else the seconds until it may be retried.</returns>
    public int? TryAcquire(string client)
    {
        using var lease = _limiter.AttemptAcquire(client);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : WindowSeconds;
    }
}
