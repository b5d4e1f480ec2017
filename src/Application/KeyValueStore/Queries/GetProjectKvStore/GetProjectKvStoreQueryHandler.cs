using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Domain.KeyValueStore;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.KeyValueStore.Queries.GetProjectKvStore;

internal sealed class GetProjectKvStoreQueryHandler(IApplicationDbContext db, IProjectAccess projectAccess, KvStorage storage)
    : IRequestHandler<GetProjectKvStoreQuery, ProjectKvStoreDto>
{
    public async Task<ProjectKvStoreDto> Handle(GetProjectKvStoreQuery request, CancellationToken cancellationToken)
    {
        await projectAccess.EnsureCanReachKvAsync(db, request.ProjectId, cancellationToken);

        var entries = storage.LiveEntries(request.ProjectId);
        if (!string.IsNullOrEmpty(request.Search))
        {
            var search = request.Search.ToLower();
            entries = entries.Where(e => e.Key.Substring(ProjectKvEntry.NamespaceLength).ToLower().Contains(search));
        }

        var total = await entries.CountAsync(cancellationToken);
        var page = await entries
            .Skip((request.Page - 1) * request.Limit)
            .Take(request.Limit)
            .Select(e => new { e.Key, e.Value, e.SizeBytes })
            .ToListAsync(cancellationToken);
        var (used, limit) = await storage.UsageAsync(request.ProjectId, cancellationToken);
        return new ProjectKvStoreDto(
            [.. page.Select(e => new KvEntryDto(e.Key[ProjectKvEntry.NamespaceLength..], KeyvEnvelope.Unwrap(e.Value), e.SizeBytes))],
            new KvPaginationDto(request.Page, request.Limit, total, (total + request.Limit - 1) / request.Limit),
            new KvStorageDto(used, limit, used * 100d / limit));
    }
}
