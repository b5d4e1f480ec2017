using MediatR;

namespace Invoke.Application.KeyValueStore.Queries.GetProjectKvStore;

/// <summary>
/// One page of a project's live entries in key order, those whose key contains <see cref="Search"/> (ignoring case),
/// with the project's storage figures; members and admins.
/// </summary>
public sealed record GetProjectKvStoreQuery(Guid ProjectId, int Page, int Limit, string? Search) : IRequest<ProjectKvStoreDto>
{
    public const int DefaultLimit = 50;

    public const int MaxLimit = 1_000;
}
