using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Application.Runtime.Egress;
using Invoke.Domain.NetworkPolicies.Egress;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.NetworkSecurity.Queries.TestSecurityPolicy;

public sealed class TestSecurityPolicyQueryHandler(
    IApplicationDbContext db, ICurrentUser currentUser, IProjectAccess projectAccess, EgressPolicies policies, IHostResolver resolver)
    : IRequestHandler<TestSecurityPolicyQuery, SecurityTestResultDto>
{
    public async Task<SecurityTestResultDto> Handle(TestSecurityPolicyQuery request, CancellationToken cancellationToken)
    {
        if (request.ProjectId is { } projectId)
        {
            await projectAccess.EnsureMemberAsync(projectId, cancellationToken);
        }
        else
        {
            SecurityAccess.EnsureAdmin(currentUser);
        }

        // The global test names rules "rule #n" as the original does; the project test says which list they came from.
        var (globalScope, postedScope) = request.ProjectId is null
            ? ((string?)null, (string?)null)
            : (EgressPolicies.GlobalScope, EgressPolicies.ProjectScope);
        var stored = await db.GlobalNetworkPolicies.AsNoTracking().OrderBy(p => p.Priority).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var rules = stored
            .Select(p => new EgressRule(p.Action, p.TargetType, p.TargetValue, p.Ports, p.Priority, p.Description, globalScope))
            .Concat(request.Rules!.Select((r, i) => new EgressRule(
                r.Action ?? "", r.TargetType ?? "", r.TargetValue?.Trim() ?? "", PortRange.Parse(r.Ports), i + 1, r.Description, postedScope)));
        var policy = policies.For(rules);

        var host = request.Host!.Trim();
        var decision = await EgressCheck.EvaluateAsync(policy, resolver, host, request.Port, cancellationToken);
        return new SecurityTestResultDto(decision.Allowed, decision.Reason);
    }
}
