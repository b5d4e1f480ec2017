using Invoke.Application.Common.Caching;
using MediatR;

namespace Invoke.Application.ApiKeys.Queries.GetApiKeyOwner;

/// <summary>
/// The active key with this SHA-256 hash and the id of the user it acts for; null for an unknown or revoked key.
/// Side-effect free (usage is counted elsewhere, and counting does not notify). Cached until that key changes; an
/// unknown hash until any key is added or changed, since the new key may be the one with this hash.
/// </summary>
public sealed record GetApiKeyOwnerQuery(string KeyHash) : IRequest<ApiKeyOwnerDto?>, ICachedQuery<ApiKeyOwnerDto?>
{
    public string CacheKey => KeyHash;

    public IEnumerable<CacheTag> TagsFor(ApiKeyOwnerDto? response) =>
        [response is null ? CacheTags.ApiKeys : CacheTags.ApiKey(response.ApiKeyId)];
}
