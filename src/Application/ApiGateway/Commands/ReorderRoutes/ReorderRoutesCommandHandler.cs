using Invoke.Application.ApiGateway.Common;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ApiGateway.Commands.ReorderRoutes;

public sealed class ReorderRoutesCommandHandler(IApplicationDbContext db, IProjectAccess access)
    : IRequestHandler<ReorderRoutesCommand, Unit>
{
    public const string OrderRequiredMessage = "order array is required";
    public const string ForeignRoutesMessage = "One or more route IDs do not belong to this project";

    public async Task<Unit> Handle(ReorderRoutesCommand request, CancellationToken cancellationToken)
    {
        var projectId = await access.EnsureReachableAsync(db, request.ProjectId, cancellationToken);
        if (request.Order is not { Count: > 0 } order)
        {
            throw new BadRequestException(OrderRequiredMessage, "order");
        }

        var ids = order.Select(item => item.Id).ToList();
        var routes = await db.ApiGatewayRoutes
            .Where(r => ids.Contains(r.Id) && db.ApiGatewayConfigs.Any(c => c.Id == r.GatewayConfigId && c.ProjectId == projectId))
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        if (routes.Count != ids.Count || ids.Distinct().Count() != ids.Count)
        {
            throw new ForbiddenAccessException(ForeignRoutesMessage);
        }

        foreach (var item in order)
        {
            routes[item.Id].MoveTo(item.SortOrder);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
