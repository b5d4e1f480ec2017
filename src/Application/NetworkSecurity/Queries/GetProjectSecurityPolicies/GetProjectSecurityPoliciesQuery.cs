using MediatR;

namespace Invoke.Application.NetworkSecurity.Queries.GetProjectSecurityPolicies;

/// <summary>A project's own rules by priority, for its members (the original let any user read any project's).</summary>
public sealed record GetProjectSecurityPoliciesQuery(Guid ProjectId) : IRequest<IReadOnlyList<SecurityRuleDto>>;
