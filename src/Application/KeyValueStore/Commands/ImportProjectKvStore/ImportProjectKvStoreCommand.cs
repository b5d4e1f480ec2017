using Invoke.Application.Common.Behaviours;
using MediatR;

namespace Invoke.Application.KeyValueStore.Commands.ImportProjectKvStore;

/// <summary>
/// Writes many entries at once, without TTL: <see cref="Strategy"/> <c>merge</c> keeps the other entries,
/// <c>replace</c> deletes them. The whole import is one transaction, refused before anything changes when it would take
/// the project over its own quota. Members and admins.
/// </summary>
/// <param name="Entries">Key and value as JSON text, in the order given.</param>
public sealed record ImportProjectKvStoreCommand(Guid ProjectId, IReadOnlyList<KvImportEntry>? Entries, string? Strategy)
    : IRequest<KvImportResultDto>, IAtomicCommand, IRetryOnConflict
{
    public const string Merge = "merge";

    public const string Replace = "replace";
}

public sealed record KvImportEntry(string Key, string ValueJson);
