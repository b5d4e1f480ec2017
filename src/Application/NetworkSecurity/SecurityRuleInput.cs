namespace Invoke.Application.NetworkSecurity;

/// <summary>One rule as a client sends it; the list's order is its priority.</summary>
/// <param name="Ports">A port (<c>443</c>) or an inclusive range (<c>8000-8100</c>); null or empty for every port.</param>
public sealed record SecurityRuleInput(string? Action, string? TargetType, string? TargetValue, string? Description, string? Ports);
