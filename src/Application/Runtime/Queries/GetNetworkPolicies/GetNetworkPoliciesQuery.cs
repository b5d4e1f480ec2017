using Invoke.Application.Common.Caching;
using MediatR;

namespace Invoke.Application.Runtime.Queries.GetNetworkPolicies;

/// <summary>
/// The rules for a project's outgoing connections: the global rules first, then the project's, each by ascending
/// priority. Cached until a global rule or one of the project's rules changes.
/// </summary>
public sealed record GetNetworkPoliciesQuery(Guid ProjectId) : IRequest<NetworkPoliciesDto>, ICachedQuery<NetworkPoliciesDto>
{
    public string CacheKey => ProjectId.ToString();

    public IEnumerable<CacheTag> TagsFor(NetworkPoliciesDto response) =>
        [CacheTags.GlobalNetworkPolicies, CacheTags.ProjectNetworkPolicies(ProjectId)];
}
