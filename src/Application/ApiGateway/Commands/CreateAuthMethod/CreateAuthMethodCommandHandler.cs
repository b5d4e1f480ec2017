using Invoke.Application.ApiGateway.Common;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Domain.ApiGateway;
using MediatR;

namespace Invoke.Application.ApiGateway.Commands.CreateAuthMethod;

public sealed class CreateAuthMethodCommandHandler(IApplicationDbContext db, IProjectAccess access)
    : IRequestHandler<CreateAuthMethodCommand, AuthMethodDto>
{
    public async Task<AuthMethodDto> Handle(CreateAuthMethodCommand request, CancellationToken cancellationToken)
    {
        var projectId = await access.EnsureReachableAsync(db, request.ProjectId, cancellationToken);
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            throw new BadRequestException(AuthMethodInput.NameRequiredMessage, "name");
        }

        AuthMethodInput.EnsureType(request.Type);
        await AuthMethodInput.EnsureConfigAsync(db, projectId, request.Type!, request.Config, cancellationToken);
        var config = await db.FindOrAddConfigAsync(projectId, cancellationToken);
        var name = request.Name.Trim();
        await AuthMethodInput.EnsureUniqueNameAsync(db, config.Id, name, null, cancellationToken);

        var method = ApiGatewayAuthMethod.Create(config.Id, name, request.Type!, request.Config!);
        db.ApiGatewayAuthMethods.Add(method);
        await db.SaveChangesAsync(cancellationToken);
        return AuthMethodMapping.ToDto(method);
    }
}
