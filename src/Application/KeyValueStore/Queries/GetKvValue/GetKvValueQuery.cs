using MediatR;

namespace Invoke.Application.KeyValueStore.Queries.GetKvValue;

/// <summary>
/// A function's <c>kv.get</c>: the value as JSON text, or null when the key is missing or expired. Sent by the function
/// runtime only, with the invocation's project: there is no user to check.
/// </summary>
public sealed record GetKvValueQuery(Guid ProjectId, string Key) : IRequest<string?>;
