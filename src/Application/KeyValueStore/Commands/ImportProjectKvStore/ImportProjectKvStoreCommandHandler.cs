using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.KeyValueStore.Commands.ImportProjectKvStore;

internal sealed class ImportProjectKvStoreCommandHandler(
    IApplicationDbContext db, IProjectAccess projectAccess, KvStorage storage)
    : IRequestHandler<ImportProjectKvStoreCommand, KvImportResultDto>
{
    public async Task<KvImportResultDto> Handle(ImportProjectKvStoreCommand request, CancellationToken cancellationToken)
    {
        await projectAccess.EnsureCanReachKvAsync(db, request.ProjectId, cancellationToken);

        var projectId = request.ProjectId;
        // A key given twice keeps its last value, as assigning an object's properties in order would.
        var incoming = request.Entries!
            .GroupBy(e => e.Key, StringComparer.Ordinal)
            .Select(g => storage.NewEntry(projectId, g.Key, g.Last().ValueJson, null))
            .ToList();
        var replace = request.Strategy == ImportProjectKvStoreCommand.Replace;

        var (used, limit) = await storage.LockUsageAsync(projectId, cancellationToken);
        var keys = incoming.Select(e => e.Key).ToList();
        var now = storage.Now;
        var existing = await db.ProjectKvEntries.AsNoTracking().Where(e => keys.Contains(e.Key))
            .Select(e => new { e.Key, e.SizeBytes, Live = e.ExpiresAt == null || e.ExpiresAt > now })
            .ToListAsync(cancellationToken);
        var live = existing.Where(e => e.Live).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var incomingBytes = incoming.Sum(e => e.SizeBytes);
        var projected = replace ? incomingBytes : used - existing.Sum(e => e.SizeBytes) + incomingBytes;
        if (projected > limit)
        {
            throw KvQuota.ImportExceeds(projected, limit);
        }

        var superseded = replace
            ? db.ProjectKvEntries.Where(e => e.ProjectId == projectId)
            : db.ProjectKvEntries.Where(e => keys.Contains(e.Key));
        await superseded.ExecuteDeleteAsync(cancellationToken);
        db.ProjectKvEntries.AddRange(incoming);
        await db.SaveChangesAsync(cancellationToken);
        await storage.SetUsageAsync(projectId, projected, cancellationToken);
        var updated = replace ? 0 : incoming.Count(e => live.Contains(e.Key));
        return new KvImportResultDto(incoming.Count - updated, updated, incoming.Count, request.Strategy!);
    }
}
