using MediatR;

namespace Invoke.Application.NetworkSecurity.Commands.ReplaceProjectSecurityPolicies;

/// <summary>Makes the project's rules exactly <see cref="Rules"/>, in that order, all or nothing; owners and admins only.</summary>
public sealed record ReplaceProjectSecurityPoliciesCommand(Guid ProjectId, IReadOnlyList<SecurityRuleInput>? Rules) : IRequest, ISecurityRuleList;
