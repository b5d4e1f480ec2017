using FluentValidation;

namespace Invoke.Application.NetworkSecurity.Commands.ReplaceGlobalSecurityPolicies;

public sealed class ReplaceGlobalSecurityPoliciesCommandValidator : AbstractValidator<ReplaceGlobalSecurityPoliciesCommand>
{
    public ReplaceGlobalSecurityPoliciesCommandValidator() => Include(new SecurityRuleListValidator());
}
