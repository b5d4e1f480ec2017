namespace Invoke.Application.NetworkSecurity;

/// <summary>A request carrying a rule list, checked by <see cref="SecurityRuleListValidator"/>.</summary>
public interface ISecurityRuleList
{
    IReadOnlyList<SecurityRuleInput>? Rules { get; }
}
