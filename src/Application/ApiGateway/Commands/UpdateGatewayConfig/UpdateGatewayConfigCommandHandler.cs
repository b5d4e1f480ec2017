using Invoke.Application.ApiGateway.Common;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Domain.ApiGateway;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ApiGateway.Commands.UpdateGatewayConfig;

public sealed class UpdateGatewayConfigCommandHandler(IApplicationDbContext db, IProjectAccess access)
    : IRequestHandler<UpdateGatewayConfigCommand, GatewayConfigDto>
{
    public const string DomainInUseMessage = "Custom domain is already in use by another project";

    public async Task<GatewayConfigDto> Handle(UpdateGatewayConfigCommand request, CancellationToken cancellationToken)
    {
        var projectId = await access.EnsureReachableAsync(db, request.ProjectId, cancellationToken);
        var config = await db.FindOrAddConfigAsync(projectId, cancellationToken);
        config.Configure(request.Enabled ?? false, request.CustomDomain);
        if (config.CustomDomain is { } domain
            && await db.ApiGatewayConfigs.AnyAsync(c => c.CustomDomain == domain && c.ProjectId != projectId, cancellationToken))
        {
            throw new ConflictException(DomainInUseMessage);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new GatewayConfigDto(config.Id, config.Enabled, config.CustomDomain, config.CreatedAt, config.UpdatedAt);
    }
}
