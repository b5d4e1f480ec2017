namespace Invoke.Application.Runtime.Queries.GetNetworkPolicies;

public sealed record NetworkRuleDto(string Action, string TargetType, string TargetValue, int Priority);
