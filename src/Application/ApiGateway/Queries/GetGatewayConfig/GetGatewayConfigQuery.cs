using Invoke.Application.ApiGateway.Common;
using MediatR;

namespace Invoke.Application.ApiGateway.Queries.GetGatewayConfig;

/// <summary>The project's gateway settings; <c>enabled: false</c> without an id when it has none yet.</summary>
public sealed record GetGatewayConfigQuery(Guid? ProjectId) : IRequest<GatewayConfigDto>;
