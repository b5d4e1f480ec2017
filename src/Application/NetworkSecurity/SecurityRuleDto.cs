namespace Invoke.Application.NetworkSecurity;

/// <param name="Ports">Null when the rule applies to every port.</param>
public sealed record SecurityRuleDto(int Id, string Action, string TargetType, string TargetValue, string? Description, int Priority, string? Ports);
