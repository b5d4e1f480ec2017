using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Domain.NetworkPolicies;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.NetworkSecurity.Commands.ReplaceProjectSecurityPolicies;

public sealed class ReplaceProjectSecurityPoliciesCommandHandler(IApplicationDbContext db, IProjectAccess projectAccess)
    : IRequestHandler<ReplaceProjectSecurityPoliciesCommand, Unit>
{
    public async Task<Unit> Handle(ReplaceProjectSecurityPoliciesCommand request, CancellationToken cancellationToken)
    {
        await projectAccess.EnsureOwnerAsync(request.ProjectId, cancellationToken);
        if (!await db.Projects.AnyAsync(p => p.Id == request.ProjectId, cancellationToken))
        {
            throw new NotFoundException("Project not found");
        }

        db.ProjectNetworkPolicies.RemoveRange(
            await db.ProjectNetworkPolicies.Where(p => p.ProjectId == request.ProjectId).ToListAsync(cancellationToken));
        db.ProjectNetworkPolicies.AddRange(SecurityRules.Create(request.Rules!, (rule, priority, ports) =>
            ProjectNetworkPolicy.Create(request.ProjectId, rule.Action!, rule.TargetType!, rule.TargetValue!, rule.Description, priority, ports)));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
