using MediatR;

namespace Invoke.Application.KeyValueStore.Queries.HasKvValue;

/// <summary>A function's <c>kv.has</c>: whether the key exists and has not expired. Sent by the function runtime only.</summary>
public sealed record HasKvValueQuery(Guid ProjectId, string Key) : IRequest<bool>;
