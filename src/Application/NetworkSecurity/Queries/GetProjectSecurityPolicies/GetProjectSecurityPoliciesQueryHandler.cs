using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using MediatR;

namespace Invoke.Application.NetworkSecurity.Queries.GetProjectSecurityPolicies;

public sealed class GetProjectSecurityPoliciesQueryHandler(IApplicationDbContext db, IProjectAccess projectAccess)
    : IRequestHandler<GetProjectSecurityPoliciesQuery, IReadOnlyList<SecurityRuleDto>>
{
    public async Task<IReadOnlyList<SecurityRuleDto>> Handle(GetProjectSecurityPoliciesQuery request, CancellationToken cancellationToken)
    {
        await projectAccess.EnsureMemberAsync(request.ProjectId, cancellationToken);
        return await SecurityRules.ListAsync(db.ProjectNetworkPolicies.Where(p => p.ProjectId == request.ProjectId), cancellationToken);
    }
}
