using Invoke.Application.ApiGateway.Common;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using MediatR;

namespace Invoke.Application.ApiGateway.Queries.ListRoutes;

public sealed class ListRoutesQueryHandler(IApplicationDbContext db, IProjectAccess access)
    : IRequestHandler<ListRoutesQuery, IReadOnlyList<RouteDto>>
{
    public async Task<IReadOnlyList<RouteDto>> Handle(ListRoutesQuery request, CancellationToken cancellationToken)
    {
        var projectId = await access.EnsureReachableAsync(db, request.ProjectId, cancellationToken);
        return await db.FindConfigAsync(projectId, cancellationToken) is { } config
            ? await db.ReadRoutesAsync(config.Id, null, cancellationToken)
            : [];
    }
}
