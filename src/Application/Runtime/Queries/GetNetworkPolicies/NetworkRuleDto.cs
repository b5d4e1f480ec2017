namespace Invoke.Application.Runtime.Queries.GetNetworkPolicies;

/// <param name="PortFrom">With <paramref name="PortTo"/>, the ports the rule applies to; both null for every port.</param>
public sealed record NetworkRuleDto(
    string Action, string TargetType, string TargetValue, int Priority, string? Description = null, int? PortFrom = null, int? PortTo = null);
