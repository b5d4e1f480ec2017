using Invoke.Application.Common.Interfaces;
using Invoke.Application.KeyValueStore.Commands.DeleteExpiredKvEntries;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Invoke.Application.KeyValueStore.Commands.SweepExpiredKvEntries;

internal sealed class SweepExpiredKvEntriesCommandHandler(
    IApplicationDbContext db, IMediator mediator, TimeProvider time, IOptions<KeyValueStoreOptions> options)
    : IRequestHandler<SweepExpiredKvEntriesCommand, int>
{
    public async Task<int> Handle(SweepExpiredKvEntriesCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
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
            // One transaction per project, so that the sweep holds no project's counter lock longer than its own step.
            foreach (var project in batch.GroupBy(e => e.ProjectId, e => e.Key))
            {
                deleted += await mediator.Send(
                    new DeleteExpiredKvEntriesCommand(project.Key, [.. project], now), cancellationToken);
            }

            if (batch.Count < batchSize)
            {
                return deleted;
            }
        }
    }
}
