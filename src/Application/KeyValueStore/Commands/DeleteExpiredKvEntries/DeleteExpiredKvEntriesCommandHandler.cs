using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.KeyValueStore.Commands.DeleteExpiredKvEntries;

internal sealed class DeleteExpiredKvEntriesCommandHandler(IApplicationDbContext db, KvStorage storage)
    : IRequestHandler<DeleteExpiredKvEntriesCommand, int>
{
    public async Task<int> Handle(DeleteExpiredKvEntriesCommand request, CancellationToken cancellationToken)
    {
        var (keys, now) = (request.Keys, request.Now);
        if (request.ProjectId is { } projectId)
        {
            // Under the counter's lock no writer changes these entries until commit, so the sizes read are exact.
            await storage.ChargeAsync(projectId, 0, cancellationToken);
            var freed = await db.ProjectKvEntries
                .Where(e => keys.Contains(e.Key) && e.ExpiresAt <= now)
                .SumAsync(e => e.SizeBytes, cancellationToken);
            await storage.ChargeAsync(projectId, -freed, cancellationToken);
        }

        return await db.ProjectKvEntries.Where(e => keys.Contains(e.Key) && e.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }
}
