using MediatR;

namespace Invoke.Application.ApiKeys.Queries.GetApiKeyOwner;

/// <summary>
/// The active key with this SHA-256 hash and the id of the user it acts for; null for an unknown or revoked key.
/// Side-effect free (usage is counted elsewhere), so that it can be cached and invalidated when keys change.
/// </summary>
public sealed record GetApiKeyOwnerQuery(string KeyHash) : IRequest<ApiKeyOwnerDto?>;
