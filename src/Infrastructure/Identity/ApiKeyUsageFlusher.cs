using Invoke.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Invoke.Infrastructure.Identity;

/// <summary>
/// Writes the uses counted by <see cref="ApiKeyUsageBuffer"/> every <see cref="ApiKeyUsageOptions.FlushInterval"/>
/// and once more when the host stops. Each key gets one relative update (<c>usage_count = usage_count + n</c>), so
/// several API instances add up instead of overwriting each other.
/// </summary>
internal sealed class ApiKeyUsageFlusher(
    ApiKeyUsageBuffer buffer,
    IServiceScopeFactory scopeFactory,
    IOptions<ApiKeyUsageOptions> options,
    TimeProvider timeProvider,
    ILogger<ApiKeyUsageFlusher> logger) : BackgroundService
{
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    /// <summary>Writes what has been counted so far; on failure the uses go back to the buffer for the next try.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var usages = buffer.Drain();
        if (usages.Count == 0)
        {
            return;
        }

        var written = new List<ApiKeyUsage>(usages.Count);
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<InvokeDbContext>();
            foreach (var usage in usages)
            {
                await context.ApiKeys
                    .Where(k => k.Id == usage.ApiKeyId)
                    .ExecuteUpdateAsync(
                        setters => setters
                            .SetProperty(k => k.UsageCount, k => (k.UsageCount ?? 0) + usage.Count)
                            .SetProperty(
                                k => k.LastUsed,
                                k => k.LastUsed == null || k.LastUsed < usage.LastUsed ? usage.LastUsed : k.LastUsed),
                        cancellationToken);
                written.Add(usage);
            }
        }
        catch (Exception exception)
        {
            buffer.Restore(usages.Except(written));
            if (exception is OperationCanceledException)
            {
                throw;
            }

            logger.LogWarning(exception, "Could not write API key usage; retrying with the next flush");
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FlushInterval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes what is left.
        }
    }
}
