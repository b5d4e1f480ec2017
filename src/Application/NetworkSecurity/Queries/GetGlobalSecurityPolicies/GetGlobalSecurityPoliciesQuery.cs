using MediatR;

namespace Invoke.Application.NetworkSecurity.Queries.GetGlobalSecurityPolicies;

/// <summary>The global rules by priority (the route admits administrators only).</summary>
public sealed record GetGlobalSecurityPoliciesQuery : IRequest<IReadOnlyList<SecurityRuleDto>>;
