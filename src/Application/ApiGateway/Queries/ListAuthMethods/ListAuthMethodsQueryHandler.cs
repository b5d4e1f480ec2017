using Invoke.Application.ApiGateway.Common;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ApiGateway.Queries.ListAuthMethods;

public sealed class ListAuthMethodsQueryHandler(IApplicationDbContext db, IProjectAccess access)
    : IRequestHandler<ListAuthMethodsQuery, AuthMethodListDto>
{
    public async Task<AuthMethodListDto> Handle(ListAuthMethodsQuery request, CancellationToken cancellationToken)
    {
        var projectId = await access.EnsureReachableAsync(db, request.ProjectId, cancellationToken);
        if (await db.FindConfigAsync(projectId, cancellationToken) is not { } config)
        {
            return new AuthMethodListDto(false, []);
        }

        var methods = await db.ApiGatewayAuthMethods
            .AsNoTracking()
            .Where(m => m.GatewayConfigId == config.Id)
            .OrderBy(m => m.CreatedAt)
            .ToListAsync(cancellationToken);
        return new AuthMethodListDto(true, [.. methods.Select(AuthMethodMapping.ToDto)]);
    }
}
