using Invoke.Application.ApiGateway.Common;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Application.Common.Exceptions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ApiGateway.Commands.DeleteAuthMethod;

public sealed class DeleteAuthMethodCommandHandler(IApplicationDbContext db, IProjectAccess access)
    : IRequestHandler<DeleteAuthMethodCommand, Unit>
{
    public async Task<Unit> Handle(DeleteAuthMethodCommand request, CancellationToken cancellationToken)
    {
        var projectId = await access.EnsureReachableAsync(db, request.ProjectId, cancellationToken);
        var method = await db.FindAuthMethodAsync(projectId, request.Id, cancellationToken);
        var routes = await db.ApiGatewayRoutes.CountAsync(r => r.AuthMethods.Any(link => link.AuthMethodId == method.Id), cancellationToken);
        if (routes > 0)
        {
            throw new ConflictException(
                $"The auth method protects {routes} route(s); remove it from them first, or they would become public");
        }

        db.ApiGatewayAuthMethods.Remove(method);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
