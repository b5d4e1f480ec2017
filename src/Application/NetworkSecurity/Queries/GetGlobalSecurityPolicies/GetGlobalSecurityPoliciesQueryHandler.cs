using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using MediatR;

namespace Invoke.Application.NetworkSecurity.Queries.GetGlobalSecurityPolicies;

public sealed class GetGlobalSecurityPoliciesQueryHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IRequestHandler<GetGlobalSecurityPoliciesQuery, IReadOnlyList<SecurityRuleDto>>
{
    public async Task<IReadOnlyList<SecurityRuleDto>> Handle(GetGlobalSecurityPoliciesQuery request, CancellationToken cancellationToken)
    {
        SecurityAccess.EnsureAdmin(currentUser);
        return await SecurityRules.ListAsync(db.GlobalNetworkPolicies, cancellationToken);
    }
}
