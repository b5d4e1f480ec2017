using Invoke.Application.ApiGateway.Common;
using MediatR;

namespace Invoke.Application.ApiGateway.Commands.UpdateGatewayConfig;

/// <param name="Enabled">Missing disables the gateway, as in the original.</param>
/// <param name="CustomDomain">Normalised to a bare host name; blank clears it.</param>
public sealed record UpdateGatewayConfigCommand(Guid? ProjectId, bool? Enabled, string? CustomDomain) : IRequest<GatewayConfigDto>;
