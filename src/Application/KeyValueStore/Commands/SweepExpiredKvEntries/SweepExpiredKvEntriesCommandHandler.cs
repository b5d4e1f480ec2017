using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Invoke.Application.KeyValueStore.Commands.SweepExpiredKvEntries;

internal sealed class SweepExpiredKvEntriesCommandHandler(
    IApplicationDbContext db, ITransactionRunner transactions, KvStorage storage, IOptions<KeyValueStoreOptions> options)
    : IRequestHandler<SweepExpiredKvEntriesCommand, int>
{
    public async Task<int> Handle(SweepExpiredKvEntriesCommand request, CancellationToken cancellationToken)
    {
        var now = storage.Now;
        var batchSize = options.Value.SweepBatchSize;
        var deleted = 0;
        for (;;)
        {
            var batch = await db.ProjectKvEntries.AsNoTracking()
                .Where(e => e.ExpiresAt <= now)
                .OrderBy(e => e.ExpiresAt)
                .Select(e => new { e.ProjectId, e.Key })
                .Take(batchSize)
                .ToListAsync(cancellationToken);
            foreach (var project in batch.GroupBy(e => e.ProjectId, e => e.Key))
            {
                deleted += await DeleteAsync(project.Key, [.. project], now, cancellationToken);
            }

            if (batch.Count < batchSize)
            {
                return deleted;
            }
        }
    }

    private Task<int> DeleteAsync(Guid? projectId, List<string> keys, DateTime now, CancellationToken cancellationToken) =>
        transactions.RunInTransactionAsync(async token =>
        {
            if (projectId is { } id)
            {
                // Under the counter's lock no writer changes these entries until commit, so the sizes read are exact.
                await storage.ChargeAsync(id, 0, token);
                var freed = await db.ProjectKvEntries
                    .Where(e => keys.Contains(e.Key) && e.ExpiresAt <= now)
                    .SumAsync(e => e.SizeBytes, token);
                await storage.ChargeAsync(id, -freed, token);
            }

            return await db.ProjectKvEntries.Where(e => keys.Contains(e.Key) && e.ExpiresAt <= now).ExecuteDeleteAsync(token);
        }, cancellationToken);
}
