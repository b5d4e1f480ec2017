using MediatR;

namespace Invoke.Application.NetworkSecurity.Commands.ReplaceGlobalSecurityPolicies;

/// <summary>Makes the global rules exactly <see cref="Rules"/>, in that order, all or nothing.</summary>
public sealed record ReplaceGlobalSecurityPoliciesCommand(IReadOnlyList<SecurityRuleInput>? Rules) : IRequest, ISecurityRuleList;
