using Invoke.Application.ApiGateway.Common;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using MediatR;

namespace Invoke.Application.ApiGateway.Queries.GetGatewayConfig;

public sealed class GetGatewayConfigQueryHandler(IApplicationDbContext db, IProjectAccess access)
    : IRequestHandler<GetGatewayConfigQuery, GatewayConfigDto>
{
    public async Task<GatewayConfigDto> Handle(GetGatewayConfigQuery request, CancellationToken cancellationToken)
    {
        var projectId = await access.EnsureReachableAsync(db, request.ProjectId, cancellationToken);
        var config = await db.FindConfigAsync(projectId, cancellationToken);
        return config is null
            ? new GatewayConfigDto(null, false, null, null, null)
            : new GatewayConfigDto(config.Id, config.Enabled, config.CustomDomain, config.CreatedAt, config.UpdatedAt);
    }
}
