using Invoke.Application.Common.Interfaces;
using Invoke.Domain.NetworkPolicies;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.NetworkSecurity.Commands.ReplaceGlobalSecurityPolicies;

public sealed class ReplaceGlobalSecurityPoliciesCommandHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IRequestHandler<ReplaceGlobalSecurityPoliciesCommand, Unit>
{
    public async Task<Unit> Handle(ReplaceGlobalSecurityPoliciesCommand request, CancellationToken cancellationToken)
    {
        SecurityAccess.EnsureAdmin(currentUser);
        db.GlobalNetworkPolicies.RemoveRange(await db.GlobalNetworkPolicies.ToListAsync(cancellationToken));
        db.GlobalNetworkPolicies.AddRange(SecurityRules.Create(request.Rules!, (rule, priority, ports) =>
            GlobalNetworkPolicy.Create(rule.Action!, rule.TargetType!, rule.TargetValue!, rule.Description, priority, ports)));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
