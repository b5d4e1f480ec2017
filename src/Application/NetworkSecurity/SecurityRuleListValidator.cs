using FluentValidation;
using FluentValidation.Results;
using Invoke.Domain.NetworkPolicies;
using Invoke.Domain.NetworkPolicies.Egress;

namespace Invoke.Application.NetworkSecurity;

/// <summary>
/// The original's checks and messages for a rule list (admin-api.md §6.9), the first failing rule alone reported, plus
/// the port Invoke adds. <c>ip</c> values are dotted quads or IPv6 only: the evaluator reads every spelling of what a
/// function dials, but a stored rule keeps one unambiguous spelling.
/// </summary>
public sealed class SecurityRuleListValidator : AbstractValidator<ISecurityRuleList>
{
    public const string NotAnArrayMessage = "Rules must be an array";
    public const string EmptyMessage = "At least one policy rule is required";

    public SecurityRuleListValidator(bool requireOne = true)
    {
        RuleFor(r => r.Rules).Custom((rules, context) =>
        {
            if (rules is null)
            {
                context.AddFailure(new ValidationFailure("rules", NotAnArrayMessage));
            }
            else if (requireOne && rules.Count == 0)
            {
                context.AddFailure(new ValidationFailure("rules", EmptyMessage));
            }
            else if (rules.Select(FirstProblem).FirstOrDefault(problem => problem is not null) is { } problem)
            {
                context.AddFailure(new ValidationFailure("rules", problem));
            }
        });
    }

    public static string? FirstProblem(SecurityRuleInput rule)
    {
        if (rule.Action is null || !NetworkPolicyAction.All.Contains(rule.Action))
        {
            return "Invalid action. Must be \"allow\" or \"deny\"";
        }

        if (rule.TargetType is null || !NetworkTargetType.All.Contains(rule.TargetType))
        {
            return "Invalid target_type. Must be \"ip\", \"cidr\", or \"domain\"";
        }

        if (string.IsNullOrWhiteSpace(rule.TargetValue))
        {
            return "target_value is required";
        }

        var value = rule.TargetValue.Trim();
        if (value.Length > NetworkTarget.ValueMaxLength || !NetworkTarget.IsValid(rule.TargetType, value))
        {
            return rule.TargetType switch
            {
                NetworkTargetType.Ip => $"Invalid IP address: {rule.TargetValue}",
                NetworkTargetType.Cidr => $"Invalid CIDR notation: {rule.TargetValue}",
                _ => $"Invalid domain format: {rule.TargetValue}",
            };
        }

        if (rule.Description is { Length: > NetworkPolicy.DescriptionMaxLength })
        {
            return $"description must be at most {NetworkPolicy.DescriptionMaxLength} characters";
        }

        return !string.IsNullOrWhiteSpace(rule.Ports) && PortRange.Parse(rule.Ports) is null
            ? $"Invalid ports: {rule.Ports}. Must be a port (1-65535) or a range such as 8000-8100"
            : null;
    }
}
