using Invoke.Application.ApiGateway.Common;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using MediatR;

namespace Invoke.Application.ApiGateway.Commands.UpdateAuthMethod;

public sealed class UpdateAuthMethodCommandHandler(IApplicationDbContext db, IProjectAccess access)
    : IRequestHandler<UpdateAuthMethodCommand, Unit>
{
    public const string NameEmptyMessage = "name cannot be empty";

    public async Task<Unit> Handle(UpdateAuthMethodCommand request, CancellationToken cancellationToken)
    {
        var projectId = await access.EnsureReachableAsync(db, request.ProjectId, cancellationToken);
        var method = await db.FindAuthMethodAsync(projectId, request.Id, cancellationToken);
        var name = request.Name?.Trim() ?? method.Name;
        if (name.Length == 0)
        {
            throw new BadRequestException(NameEmptyMessage, "name");
        }

        var type = request.Type ?? method.Type;
        AuthMethodInput.EnsureType(type);
        var config = request.Config ?? method.Config;
        await AuthMethodInput.EnsureConfigAsync(db, projectId, type, config, cancellationToken);
        await AuthMethodInput.EnsureUniqueNameAsync(db, method.GatewayConfigId, name, method.Id, cancellationToken);

        method.Update(name, type, config);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
