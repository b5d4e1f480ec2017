using Invoke.Application.ApiGateway.Common;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using MediatR;

namespace Invoke.Application.ApiGateway.Commands.DeleteRoute;

public sealed class DeleteRouteCommandHandler(IApplicationDbContext db, IProjectAccess access)
    : IRequestHandler<DeleteRouteCommand, Unit>
{
    public async Task<Unit> Handle(DeleteRouteCommand request, CancellationToken cancellationToken)
    {
        var projectId = await access.EnsureReachableAsync(db, request.ProjectId, cancellationToken);
        db.ApiGatewayRoutes.Remove(await db.FindRouteAsync(projectId, request.Id, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
