namespace Invoke.Application.Runtime.Queries.GetNetworkPolicies;

public sealed record NetworkPoliciesDto(IReadOnlyList<NetworkRuleDto> GlobalRules, IReadOnlyList<NetworkRuleDto> ProjectRules);
