using Invoke.Application.ApiGateway.Common;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using MediatR;

namespace Invoke.Application.ApiGateway.Queries.GetRoute;

public sealed class GetRouteQueryHandler(IApplicationDbContext db, IProjectAccess access)
    : IRequestHandler<GetRouteQuery, RouteDto>
{
    public async Task<RouteDto> Handle(GetRouteQuery request, CancellationToken cancellationToken)
    {
        var projectId = await access.EnsureReachableAsync(db, request.ProjectId, cancellationToken);
        var routes = await db.FindConfigAsync(projectId, cancellationToken) is { } config
            ? await db.ReadRoutesAsync(config.Id, request.Id, cancellationToken)
            : [];
        return routes.Count == 1 ? routes[0] : throw new NotFoundException(RouteWrites.NotFoundMessage);
    }
}
