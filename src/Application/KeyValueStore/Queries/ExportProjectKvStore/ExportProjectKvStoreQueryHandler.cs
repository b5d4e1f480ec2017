using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Domain.KeyValueStore;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.KeyValueStore.Queries.ExportProjectKvStore;

internal sealed class ExportProjectKvStoreQueryHandler(IApplicationDbContext db, IProjectAccess projectAccess, KvStorage storage)
    : IRequestHandler<ExportProjectKvStoreQuery, IReadOnlyList<KvExportEntryDto>>
{
    public async Task<IReadOnlyList<KvExportEntryDto>> Handle(ExportProjectKvStoreQuery request, CancellationToken cancellationToken)
    {
        await projectAccess.EnsureCanReachKvAsync(db, request.ProjectId, cancellationToken);

        var rows = await storage.LiveEntries(request.ProjectId).Select(e => new { e.Key, e.Value }).ToListAsync(cancellationToken);
        return [.. rows
            .Select(r => (Key: r.Key[ProjectKvEntry.NamespaceLength..], ValueJson: KeyvEnvelope.Unwrap(r.Value)))
            .Where(r => r.ValueJson is not null)
            .Select(r => new KvExportEntryDto(r.Key, r.ValueJson!))];
    }
}
