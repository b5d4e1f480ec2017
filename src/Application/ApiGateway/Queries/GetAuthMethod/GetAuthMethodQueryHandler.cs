using Invoke.Application.ApiGateway.Common;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using MediatR;

namespace Invoke.Application.ApiGateway.Queries.GetAuthMethod;

public sealed class GetAuthMethodQueryHandler(IApplicationDbContext db, IProjectAccess access)
    : IRequestHandler<GetAuthMethodQuery, AuthMethodDto>
{
    public async Task<AuthMethodDto> Handle(GetAuthMethodQuery request, CancellationToken cancellationToken)
    {
        var projectId = await access.EnsureReachableAsync(db, request.ProjectId, cancellationToken);
        return AuthMethodMapping.ToDto(await db.FindAuthMethodAsync(projectId, request.Id, cancellationToken));
    }
}
