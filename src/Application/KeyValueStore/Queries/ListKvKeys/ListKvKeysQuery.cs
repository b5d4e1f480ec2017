using MediatR;

namespace Invoke.Application.KeyValueStore.Queries.ListKvKeys;

/// <summary>
/// A function's <c>kv.list</c>: up to <see cref="Limit"/> live keys starting with <see cref="Prefix"/>, in key order,
/// after <see cref="Cursor"/> (the <see cref="KvKeyPageDto.Cursor"/> of the previous page). Sent by the function runtime only.
/// </summary>
public sealed record ListKvKeysQuery(Guid ProjectId, string? Prefix, int Limit, string? Cursor) : IRequest<KvKeyPageDto>
{
    public const int MaxLimit = 1_000;
}
