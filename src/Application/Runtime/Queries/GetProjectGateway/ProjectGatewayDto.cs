namespace Invoke.Application.Runtime.Queries.GetProjectGateway;

/// <param name="CustomDomain">As stored (the admin UI sends it with a scheme); the gateway normalises it.</param>
public sealed record ProjectGatewayDto(
    Guid ConfigId,
    Guid ProjectId,
    string? ProjectSlug,
    bool ProjectActive,
    bool Enabled,
    string? CustomDomain,
    IReadOnlyList<GatewayRouteDto> Routes);
