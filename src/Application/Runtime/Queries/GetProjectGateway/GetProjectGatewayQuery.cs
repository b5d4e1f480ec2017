using Invoke.Application.Common.Caching;
using MediatR;

namespace Invoke.Application.Runtime.Queries.GetProjectGateway;

/// <summary>
/// A project's gateway as the gateway routes requests with it: the configuration, and the active routes in matching
/// order with their CORS settings and auth methods; null when the project has no gateway. Cached until any gateway
/// table or the project changes (the gateway channel names no rows).
/// </summary>
public sealed record GetProjectGatewayQuery(Guid ProjectId) : IRequest<ProjectGatewayDto?>, ICachedQuery<ProjectGatewayDto?>
{
    public string CacheKey => ProjectId.ToString();

    public IEnumerable<CacheTag> TagsFor(ProjectGatewayDto? response) => [.. CacheTags.Gateway, CacheTags.Project(ProjectId)];
}
