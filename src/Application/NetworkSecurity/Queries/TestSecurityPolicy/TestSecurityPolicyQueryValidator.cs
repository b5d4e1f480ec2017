using FluentValidation;
using Invoke.Domain.NetworkPolicies.Egress;

namespace Invoke.Application.NetworkSecurity.Queries.TestSecurityPolicy;

public sealed class TestSecurityPolicyQueryValidator : AbstractValidator<TestSecurityPolicyQuery>
{
    public TestSecurityPolicyQueryValidator()
    {
        RuleFor(q => q.Host).NotEmpty().WithMessage("Host is required").OverridePropertyName("host");
        Include(new SecurityRuleListValidator(requireOne: false));
        RuleFor(q => q.Port).InclusiveBetween(PortRange.MinPort, PortRange.MaxPort)
            .WithMessage("port must be between 1 and 65535").OverridePropertyName("port");
    }
}
