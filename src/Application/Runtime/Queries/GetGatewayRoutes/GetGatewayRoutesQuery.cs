using Invoke.Application.Common.Caching;
using Invoke.Application.Settings;
using MediatR;

namespace Invoke.Application.Runtime.Queries.GetGatewayRoutes;

/// <summary>
/// The whole routing table of the gateway role, read in one query. Cached until any gateway table, project, function
/// or the <c>api_gateway_domain</c> setting changes: the gateway channel names no rows, and a route depends on its
/// project's slug and activity and on its function's activity and project.
/// </summary>
public sealed record GetGatewayRoutesQuery : IRequest<GatewayRoutesDto>, ICachedQuery<GatewayRoutesDto>
{
    public string CacheKey => "all";

    public IEnumerable<CacheTag> TagsFor(GatewayRoutesDto response) =>
        [.. CacheTags.Gateway, CacheTags.Projects, CacheTags.Functions, CacheTags.GlobalSetting(GlobalSettingKeys.ApiGatewayDomain)];
}
