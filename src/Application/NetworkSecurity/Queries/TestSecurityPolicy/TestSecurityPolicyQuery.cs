using MediatR;

namespace Invoke.Application.NetworkSecurity.Queries.TestSecurityPolicy;

/// <summary>
/// Whether a function could connect to <see cref="Host"/> under the stored global rules followed by <see cref="Rules"/>
/// (admin-api.md §6.10-6.12), decided by the evaluator the runtime uses. Without <see cref="ProjectId"/> it is the
/// administrators' global test; with it, a test for that project's members.
/// </summary>
/// <param name="Port">The port to test; without one, rules bound to ports never match.</param>
public sealed record TestSecurityPolicyQuery(Guid? ProjectId, string? Host, IReadOnlyList<SecurityRuleInput>? Rules, int? Port)
    : IRequest<SecurityTestResultDto>, ISecurityRuleList;
