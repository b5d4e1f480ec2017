using MediatR;

namespace Invoke.Application.ApiKeys.Queries.GetApiKeys;

/// <summary>The current user's keys, revoked ones included, newest first.</summary>
public sealed record GetApiKeysQuery : IRequest<IReadOnlyList<ApiKeyDto>>;
