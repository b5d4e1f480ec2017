using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Infrastructure.Identity;

/// <summary>
/// Failed-login counters in <c>login_attempts</c> (docs/adr/0011). A failure is one atomic relative update of the
/// counter's row, so concurrent failures on several API instances all count; the row is inserted on a key's first
/// failure, and a concurrent insert of the same key turns into the update.
/// </summary>
internal sealed class PostgresLoginThrottle(InvokeDbContext context, TimeProvider timeProvider) : ILoginThrottle
{
    private DbSet<LoginAttempt> Attempts => context.Set<LoginAttempt>();

    private DateTime Now => timeProvider.GetUtcNow().UtcDateTime;

    public async Task<DateTime?> LockedUntilAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var now = Now;
        return await Attempts
            .Where(a => keys.Contains(a.Key) && a.LockedUntil > now)
            .MaxAsync(a => a.LockedUntil, cancellationToken);
    }

    public async Task<LoginFailures> ReserveAttemptAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var now = Now;
        foreach (var key in keys)
        {
            await RecordAsync(key, now, cancellationToken);
        }

        var counters = await Attempts
            .Where(a => keys.Contains(a.Key))
            .Select(a => new { a.FailureCount, a.LockedUntil })
            .ToListAsync(cancellationToken);
        await DeleteStaleAsync(now, cancellationToken);
        return new LoginFailures(
            counters.Max(c => c.FailureCount),
            counters.Where(c => c.LockedUntil > now).Max(c => c.LockedUntil));
    }

    public Task ReleaseAttemptAsync(string key, CancellationToken cancellationToken)
    {
        var now = Now;
        return Attempts
            .Where(a => a.Key == key && a.FailureCount > 0)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(a => a.FailureCount, a => a.FailureCount - 1)
                    .SetProperty(
                        a => a.LockedUntil,
                        a => a.FailureCount - 1 >= LoginLockout.MaxAttempts && a.LockedUntil > now ? a.LockedUntil : null),
                cancellationToken);
    }

    public Task ResetAsync(string key, CancellationToken cancellationToken) =>
        Attempts.Where(a => a.Key == key).ExecuteDeleteAsync(cancellationToken);

    private async Task RecordAsync(string key, DateTime now, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (await CountAsync(key, now, cancellationToken))
            {
                return;
            }

            var first = LoginAttempt.FirstFailure(key, now);
            Attempts.Add(first);
            try
            {
                await context.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (ConflictException)
            {
                // Another instance counted this key's first failure at the same moment: count ours on its row.
                context.Entry(first).State = EntityState.Detached;
            }
        }
    }

    /// <returns>False when the key has no counter yet.</returns>
    private async Task<bool> CountAsync(string key, DateTime now, CancellationToken cancellationToken)
    {
        var windowStart = now - LoginLockout.Window;
        var lockedUntil = now + LoginLockout.Duration;
        // Every SET expression reads the row as it was, so the new count is spelled out twice.
        var updated = await Attempts
            .Where(a => a.Key == key)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(a => a.FailureCount, a => a.LastFailureAt < windowStart ? 1 : a.FailureCount + 1)
                    .SetProperty(a => a.LastFailureAt, now)
                    .SetProperty(
                        a => a.LockedUntil,
                        a => (a.LastFailureAt < windowStart ? 1 : a.FailureCount + 1) >= LoginLockout.MaxAttempts
                            ? lockedUntil
                            : a.LockedUntil > now ? a.LockedUntil : null),
                cancellationToken);
        return updated > 0;
    }

    /// <summary>Counters whose window and lock are over say nothing any more; without this, every typed name stays.</summary>
    private Task DeleteStaleAsync(DateTime now, CancellationToken cancellationToken)
    {
        var windowStart = now - LoginLockout.Window;
        return Attempts
            .Where(a => a.LastFailureAt < windowStart && (a.LockedUntil == null || a.LockedUntil < now))
            .ExecuteDeleteAsync(cancellationToken);
    }
}
