using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Domain.KeyValueStore;
using Invoke.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Invoke.Application.KeyValueStore;

/// <summary>
/// Reads and writes one project's entries with the quota kept exact (docs/adr/0030). Every write runs in its command's
/// READ COMMITTED transaction (the command is an <see cref="Common.Behaviours.IAtomicCommand"/>): it reads the entry,
/// charges the size difference to the project's <see cref="ProjectKvUsage"/> row with an update guarded by
/// <c>used + delta &lt;= limit</c> (which also makes the project's writers queue behind each other until commit), then
/// writes the entry only if it still holds what was read. A writer that lost that race throws
/// <see cref="ConflictException"/>; its command is also an <see cref="Common.Behaviours.IRetryOnConflict"/> and runs
/// again from a rolled-back transaction.
/// </summary>
internal sealed class KvStorage(
    IApplicationDbContext db, TimeProvider time, IOptions<KeyValueStoreOptions> options)
{
    private const string StaleReadMessage = "The entry changed while it was being written";

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public int MaxValueBytes => options.Value.MaxValueBytes;

    /// <summary>The entry when it exists and has not expired: one query by primary key.</summary>
    public Task<ProjectKvEntry?> FindLiveAsync(Guid projectId, string userKey, CancellationToken cancellationToken)
    {
        var key = ProjectKvEntry.KeyFor(projectId, userKey);
        var now = Now;
        return db.ProjectKvEntries.AsNoTracking()
            .Where(e => e.Key == key && e.ProjectId == projectId && (e.ExpiresAt == null || e.ExpiresAt > now))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The project's live entries in key order.</summary>
    public IQueryable<ProjectKvEntry> LiveEntries(Guid projectId)
    {
        var now = Now;
        return db.ProjectKvEntries.AsNoTracking()
            .Where(e => e.ProjectId == projectId && (e.ExpiresAt == null || e.ExpiresAt > now))
            .OrderBy(e => e.Key);
    }

    public ProjectKvEntry NewEntry(Guid projectId, string userKey, string valueJson, long? ttlMilliseconds) =>
        ProjectKvEntry.Create(
            projectId, userKey, valueJson, ttlMilliseconds is > 0 ? Now.AddMilliseconds(ttlMilliseconds.Value) : null, MaxValueBytes);

    /// <summary>
    /// Replaces the entry with what <paramref name="replacement"/> makes of its live current state (null when missing
    /// or expired).
    /// </summary>
    /// <exception cref="PayloadTooLargeException">The project's quota would be exceeded; nothing changed.</exception>
    public async Task<ProjectKvEntry> WriteAsync(
        Guid projectId, string userKey, Func<ProjectKvEntry?, ProjectKvEntry> replacement, CancellationToken cancellationToken)
    {
        var key = ProjectKvEntry.KeyFor(projectId, userKey);
        var current = await db.ProjectKvEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Key == key, cancellationToken);
        var next = replacement(current is not null && current.IsLiveAt(Now) ? current : null);
        await ChargeAsync(projectId, next.SizeBytes - (current?.SizeBytes ?? 0), cancellationToken);
        if (current is null)
        {
            db.ProjectKvEntries.Add(next);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            finally
            {
                db.ProjectKvEntries.Entry(next).State = EntityState.Detached;
            }

            return next;
        }

        var readValue = current.Value;
        var written = await db.ProjectKvEntries
            .Where(e => e.Key == key && e.Value == readValue)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(e => e.Value, next.Value)
                    .SetProperty(e => e.ExpiresAt, next.ExpiresAt)
                    .SetProperty(e => e.SizeBytes, next.SizeBytes)
                    .SetProperty(e => e.ProjectId, projectId),
                cancellationToken);
        return written == 1 ? next : throw new ConflictException(StaleReadMessage);
    }

    /// <summary>Deletes the entry; true when it existed and had not expired.</summary>
    public async Task<bool> DeleteAsync(Guid projectId, string userKey, CancellationToken cancellationToken)
    {
        var key = ProjectKvEntry.KeyFor(projectId, userKey);
        var current = await db.ProjectKvEntries.AsNoTracking()
            .FirstOrDefaultAsync(e => e.Key == key && e.ProjectId == projectId, cancellationToken);
        if (current is null)
        {
            return false;
        }

        await ChargeAsync(projectId, -current.SizeBytes, cancellationToken);
        var readValue = current.Value;
        var deleted = await db.ProjectKvEntries.Where(e => e.Key == key && e.Value == readValue).ExecuteDeleteAsync(cancellationToken);
        return deleted == 1 ? current.IsLiveAt(Now) : throw new ConflictException(StaleReadMessage);
    }

    /// <summary>Deletes every entry of the project, expired ones included.</summary>
    public async Task<int> ClearAsync(Guid projectId, CancellationToken cancellationToken)
    {
        // Zeroing the counter first takes its row lock, so no write of the project lands between it and the delete.
        await db.ProjectKvUsages.Where(u => u.ProjectId == projectId)
            .ExecuteUpdateAsync(setters => setters.SetProperty(u => u.UsedBytes, 0L), cancellationToken);
        return await db.ProjectKvEntries.Where(e => e.ProjectId == projectId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Takes the project's counter row lock until the transaction ends and answers the bytes in use and the limit: the
    /// callers that rewrite many entries at once (import, the sweeper) use it.
    /// </summary>
    public async Task<(long UsedBytes, long LimitBytes)> LockUsageAsync(Guid projectId, CancellationToken cancellationToken)
    {
        await ChargeAsync(projectId, 0, cancellationToken);
        return await UsageAsync(projectId, cancellationToken);
    }

    public async Task<(long UsedBytes, long LimitBytes)> UsageAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var used = await db.ProjectKvUsages.AsNoTracking().Where(u => u.ProjectId == projectId)
            .Select(u => (long?)u.UsedBytes).FirstOrDefaultAsync(cancellationToken);
        return (used ?? 0, await LimitAsync(projectId, cancellationToken));
    }

    /// <summary>Sets the counter to an amount computed under <see cref="LockUsageAsync"/>.</summary>
    public Task SetUsageAsync(Guid projectId, long usedBytes, CancellationToken cancellationToken) =>
        db.ProjectKvUsages.Where(u => u.ProjectId == projectId)
            .ExecuteUpdateAsync(setters => setters.SetProperty(u => u.UsedBytes, usedBytes), cancellationToken);

    /// <summary>
    /// Adds <paramref name="delta"/> to the project's counter; a growth only while it stays within the limit. The
    /// counter row is created on the project's first write.
    /// </summary>
    public async Task ChargeAsync(Guid projectId, long delta, CancellationToken cancellationToken)
    {
        for (var created = false; ; created = true)
        {
            var usage = db.ProjectKvUsages.Where(u => u.ProjectId == projectId);
            if (delta > 0)
            {
                var limit = db.Projects.Where(p => p.Id == projectId)
                    .Select(p => p.KvStorageLimitBytes ?? Project.DefaultKvStorageLimitBytes);
                usage = usage.Where(u => u.UsedBytes + delta <= limit.FirstOrDefault());
            }

            if (await usage.ExecuteUpdateAsync(s => s.SetProperty(u => u.UsedBytes, u => u.UsedBytes + delta), cancellationToken) == 1)
            {
                return;
            }

            var used = await db.ProjectKvUsages.AsNoTracking().Where(u => u.ProjectId == projectId)
                .Select(u => (long?)u.UsedBytes).FirstOrDefaultAsync(cancellationToken);
            if (used is not null || created)
            {
                throw KvQuota.Exceeded((used ?? 0) + delta, await LimitAsync(projectId, cancellationToken));
            }

            await CreateUsageAsync(projectId, cancellationToken);
        }
    }

    private async Task CreateUsageAsync(Guid projectId, CancellationToken cancellationToken)
    {
        if (!await db.Projects.AnyAsync(p => p.Id == projectId, cancellationToken))
        {
            throw new NotFoundException(ExistingProjectAccess.ProjectNotFoundMessage);
        }

        // A concurrent first write of the same project makes this a unique violation, a ConflictException: retried.
        var usage = ProjectKvUsage.Create(projectId);
        db.ProjectKvUsages.Add(usage);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ProjectKvUsages.Entry(usage).State = EntityState.Detached;
        }
    }

    private async Task<long> LimitAsync(Guid projectId, CancellationToken cancellationToken) =>
        await db.Projects.AsNoTracking().Where(p => p.Id == projectId)
            .Select(p => p.KvStorageLimitBytes).FirstOrDefaultAsync(cancellationToken) ?? Project.DefaultKvStorageLimitBytes;
}
