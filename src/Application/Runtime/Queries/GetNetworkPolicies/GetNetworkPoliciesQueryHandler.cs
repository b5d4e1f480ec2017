using Invoke.Application.Common.Interfaces;
using Invoke.Domain.NetworkPolicies;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Runtime.Queries.GetNetworkPolicies;

public sealed class GetNetworkPoliciesQueryHandler(IApplicationDbContext context)
    : IRequestHandler<GetNetworkPoliciesQuery, NetworkPoliciesDto>
{
    public async Task<NetworkPoliciesDto> Handle(GetNetworkPoliciesQuery request, CancellationToken cancellationToken)
    {
        var globalRules = await RulesAsync(context.GlobalNetworkPolicies, cancellationToken);
        var projectRules = await RulesAsync(
            context.ProjectNetworkPolicies.Where(p => p.ProjectId == request.ProjectId), cancellationToken);
        return new NetworkPoliciesDto(globalRules, projectRules);
    }

    // Equal priorities keep their insertion order, so that evaluation is the same on every read.
    private static async Task<NetworkRuleDto[]> RulesAsync<TPolicy>(IQueryable<TPolicy> policies, CancellationToken cancellationToken)
        where TPolicy : NetworkPolicy =>
        await policies
            .AsNoTracking()
            .OrderBy(p => p.Priority)
            .ThenBy(p => p.Id)
            .Select(p => new NetworkRuleDto(p.Action, p.TargetType, p.TargetValue, p.Priority, p.Description, p.PortFrom, p.PortTo))
            .ToArrayAsync(cancellationToken);
}
