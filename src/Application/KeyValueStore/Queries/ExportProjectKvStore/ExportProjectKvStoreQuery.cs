using MediatR;

namespace Invoke.Application.KeyValueStore.Queries.ExportProjectKvStore;

/// <summary>Every live entry of the project in key order, values exactly as stored; members and admins.</summary>
public sealed record ExportProjectKvStoreQuery(Guid ProjectId) : IRequest<IReadOnlyList<KvExportEntryDto>>;
