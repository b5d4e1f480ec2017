using FluentValidation;

namespace Invoke.Application.NetworkSecurity.Commands.ReplaceProjectSecurityPolicies;

public sealed class ReplaceProjectSecurityPoliciesCommandValidator : AbstractValidator<ReplaceProjectSecurityPoliciesCommand>
{
    public ReplaceProjectSecurityPoliciesCommandValidator() => Include(new SecurityRuleListValidator());
}
