using Invoke.Application.Runtime.Queries.GetNetworkPolicies;
using Invoke.Domain.NetworkPolicies.Egress;
using Microsoft.Extensions.Options;

namespace Invoke.Application.Runtime.Egress;

/// <summary>Builds the evaluator the runtime and the policy-test endpoints share, with the configured built-in deny list.</summary>
public sealed class EgressPolicies(IOptions<EgressOptions> options, IEnumerable<IOwnEndpoints> ownEndpoints)
{
    public const string GlobalScope = "global";
    public const string ProjectScope = "project";

    private readonly Lazy<BuiltInDenyList> _builtIn = new(() => new BuiltInDenyList(
        options.Value.LiftedBuiltInDenies, ownEndpoints.SelectMany(o => o.Endpoints)));

    public BuiltInDenyList BuiltIn => _builtIn.Value;

    /// <summary>A project's policy at run time: global rules, then the project's, each marked with its scope.</summary>
    public EgressPolicy For(NetworkPoliciesDto rules) => new(
        BuiltIn,
        [.. rules.GlobalRules.Select(r => ToRule(r, GlobalScope)), .. rules.ProjectRules.Select(r => ToRule(r, ProjectScope))]);

    public EgressPolicy For(IEnumerable<EgressRule> rules) => new(BuiltIn, rules.ToList());

    private static EgressRule ToRule(NetworkRuleDto rule, string scope) => new(
        rule.Action, rule.TargetType, rule.TargetValue,
        rule.PortFrom is { } from && rule.PortTo is { } to ? new PortRange(from, to) : null,
        rule.Priority, rule.Description, scope);
}
