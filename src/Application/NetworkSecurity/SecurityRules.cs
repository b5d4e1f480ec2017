using Invoke.Domain.NetworkPolicies;
using Invoke.Domain.NetworkPolicies.Egress;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.NetworkSecurity;

internal static class SecurityRules
{
    public static async Task<IReadOnlyList<SecurityRuleDto>> ListAsync<TPolicy>(IQueryable<TPolicy> policies, CancellationToken cancellationToken)
        where TPolicy : NetworkPolicy
    {
        var rows = await policies.AsNoTracking().OrderBy(p => p.Priority).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        return rows
            .Select(p => new SecurityRuleDto(p.Id, p.Action, p.TargetType, p.TargetValue, p.Description, p.Priority, p.Ports?.ToString()))
            .ToList();
    }

    /// <summary>The inputs as stored rows, priorities 1..n in list order (the original ignores client priorities).</summary>
    public static IEnumerable<TPolicy> Create<TPolicy>(
        IReadOnlyList<SecurityRuleInput> inputs, Func<SecurityRuleInput, int, PortRange?, TPolicy> create) =>
        inputs.Select((input, index) => create(input, index + 1, PortRange.Parse(input.Ports)));
}
