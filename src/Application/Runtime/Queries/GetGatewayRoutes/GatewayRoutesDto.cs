namespace Invoke.Application.Runtime.Queries.GetGatewayRoutes;

/// <summary>Everything the gateway routes with.</summary>
/// <param name="DefaultDomain">The <c>api_gateway_domain</c> setting; blank when slug URLs are off.</param>
/// <param name="Projects">Active projects with an enabled gateway.</param>
public sealed record GatewayRoutesDto(string DefaultDomain, IReadOnlyList<GatewayProjectDto> Projects);

/// <param name="CustomDomain">As stored; rows of the original may carry a scheme, so the gateway normalises it.</param>
/// <param name="Routes">Active routes whose function (if any) is active and of this project, in matching order.</param>
public sealed record GatewayProjectDto(Guid ProjectId, string? Slug, string? CustomDomain, IReadOnlyList<GatewayRouteDto> Routes);
