using System.Net;
using Invoke.Domain.NetworkPolicies;
using Invoke.Domain.NetworkPolicies.Egress;

namespace Invoke.Domain.UnitTests.NetworkPolicies;

public sealed class EgressPolicyTests
{
    private static readonly EgressRule[] ProjectRules =
    [
        Rule("deny", "ip", "203.0.114.9", priority: 1),
        Rule("allow", "ip", "203.0.114.10", priority: 2, ports: "443"),
        Rule("allow", "cidr", "198.51.0.0/16", priority: 3, ports: "8000-8100"),
        Rule("deny", "domain", "*.blocked.example", priority: 4, description: "no blocked"),
        Rule("allow", "domain", "*.example", priority: 5),
        Rule("allow", "cidr", "2001:470::/32", priority: 6),
    ];

    private static readonly EgressPolicy Policy = new(BuiltInDenyList.Complete, ProjectRules);

    [Theory]
    [InlineData(null, "203.0.114.9", 443, false, "Denied by project rule #1")]
    [InlineData(null, "203.0.114.10", 443, true, "Allowed by project rule #2")]
    [InlineData(null, "203.0.114.10", 80, false, EgressDecision.DefaultDenyReason)]
    [InlineData(null, "::ffff:203.0.114.10", 443, true, "Allowed by project rule #2")]
    [InlineData(null, "198.51.7.7", 8050, true, "Allowed by project rule #3")]
    [InlineData(null, "198.51.7.7", 8101, false, EgressDecision.DefaultDenyReason)]
    [InlineData(null, "198.51.7.7", null, false, EgressDecision.DefaultDenyReason)]
    [InlineData("api.blocked.example", "8.8.8.8", 443, false, "Denied by project rule #4: no blocked")]
    [InlineData("api.example", "8.8.8.8", 443, true, "Allowed by project rule #5")]
    [InlineData("example", "8.8.8.8", 443, false, EgressDecision.DefaultDenyReason)]
    [InlineData(null, "8.8.8.8", 443, false, EgressDecision.DefaultDenyReason)]
    [InlineData(null, "2001:470::1", 443, true, "Allowed by project rule #6")]
    [InlineData("api.example", "127.0.0.1", 443, false, "Denied by built-in rule: loopback (127.0.0.0/8)")]
    [InlineData("api.example", "::ffff:169.254.169.254", 80, false, "Denied by built-in rule: metadata (169.254.169.254/32)")]
    [InlineData("api.example", "fd00:ec2::254", 80, false, "Denied by built-in rule: metadata (fd00:ec2::254/128)")]
    [InlineData("api.example", "10.1.1.1", 80, false, "Denied by built-in rule: private (10.0.0.0/8)")]
    [InlineData("api.example", "100.64.1.1", 80, false, "Denied by built-in rule: shared-address-space (100.64.0.0/10)")]
    [InlineData("api.example", "0.1.2.3", 80, false, "Denied by built-in rule: this-network (0.0.0.0/8)")]
    [InlineData("api.example", "239.1.1.1", 80, false, "Denied by built-in rule: multicast (224.0.0.0/4)")]
    [InlineData("api.example", "255.255.255.255", 80, false, "Denied by built-in rule: reserved (240.0.0.0/4)")]
    [InlineData("api.example", "64:ff9b::7f00:1", 80, false, "Denied by built-in rule: nat64 (64:ff9b::/96)")]
    [InlineData("api.example", "2002:7f00:1::1", 80, false, "Denied by built-in rule: 6to4 (2002::/16)")]
    [InlineData("api.example", "2001:0:4136::1", 80, false, "Denied by built-in rule: teredo (2001::/32)")]
    [InlineData("api.example", "fd12:3456::1", 80, false, "Denied by built-in rule: unique-local (fc00::/7)")]
    [InlineData("api.example", "fe80::1", 80, false, "Denied by built-in rule: link-local (fe80::/10)")]
    [InlineData("api.example", "::1", 80, false, "Denied by built-in rule: loopback (::1/128)")]
    public void Evaluate_ShouldLetTheFirstMatchDecideAfterTheBuiltInDenyList(
        string? host, string address, int? port, bool allowed, string reason)
    {
        var decision = Policy.Evaluate(host, [IPAddress.Parse(address)], port);

        Assert.Equal((allowed, reason), (decision.Allowed, decision.Reason));
    }

    [Fact]
    public void Evaluate_WhenANameResolvesToAnAllowedAndADeniedAddress_ShouldDenyNamingTheDeniedOne()
    {
        var decision = Policy.Evaluate("api.example", [IPAddress.Parse("8.8.8.8"), IPAddress.Parse("10.0.0.1")], 443);

        Assert.False(decision.Allowed);
        Assert.Equal(IPAddress.Parse("10.0.0.1"), decision.Address);
    }

    [Fact]
    public void Evaluate_WhenNothingResolved_ShouldDeny()
    {
        var decision = Policy.Evaluate("api.example", [], 443);

        Assert.Equal((false, EgressDecision.UnresolvedReason), (decision.Allowed, decision.Reason));
    }

    [Fact]
    public void Evaluate_WithoutRules_ShouldDenyEverything()
    {
        var decision = new EgressPolicy(BuiltInDenyList.Complete, []).Evaluate(null, [IPAddress.Parse("8.8.8.8")], 443);

        Assert.Equal(EgressDecision.DefaultDenyReason, decision.Reason);
    }

    [Fact]
    public void Evaluate_WhenAProjectRuleAllowsABuiltInRange_ShouldStillDeny()
    {
        var policy = new EgressPolicy(BuiltInDenyList.Complete, [Rule("allow", "cidr", "0.0.0.0/0", 1), Rule("allow", "ip", "127.0.0.1", 2)]);

        Assert.False(policy.Evaluate(null, [IPAddress.Loopback], 80).Allowed);
    }

    [Fact]
    public void Evaluate_WhenTheOperatorLiftsLoopback_ShouldLetRulesDecideButKeepInvokesOwnEndpoints()
    {
        var builtIn = new BuiltInDenyList([BuiltInDenyList.Loopback], [new IPEndPoint(IPAddress.Loopback, 5432)]);
        var policy = new EgressPolicy(builtIn, [Rule("allow", "cidr", "127.0.0.0/8", 1)]);

        Assert.True(policy.Evaluate(null, [IPAddress.Loopback], 8080).Allowed);
        Assert.Equal(
            "Denied by built-in rule: Invoke's own endpoint (127.0.0.1:5432)",
            policy.Evaluate(null, [IPAddress.Parse("::ffff:127.0.0.1")], 5432).Reason);
        Assert.False(policy.Evaluate(null, [IPAddress.Parse("10.0.0.1")], 8080).Allowed);
    }

    [Fact]
    public void BuiltInDenyList_WhenACategoryIsUnknown_ShouldRefuseTheConfiguration()
    {
        Assert.Throws<ArgumentException>(() => new BuiltInDenyList(["everything"], []));
    }

    [Theory]
    [InlineData("api.blocked.example", false, "Denied by project rule #4: no blocked")]
    [InlineData("api.example", true, "Allowed by project rule #5")]
    [InlineData("elsewhere.test", true, "No domain rule for the name")]
    public void EvaluateName_ShouldLetTheFirstDomainRuleDecideWhatMayBeResolved(string host, bool allowed, string reason)
    {
        var decision = Policy.EvaluateName(host);

        Assert.Equal((allowed, reason), (decision.Allowed, decision.Reason));
    }

    [Fact]
    public void Rule_WhenItsStoredValueDoesNotParse_ShouldMatchNothing()
    {
        var rule = Rule("allow", "cidr", "not-a-cidr", 1);

        Assert.False(rule.Matches(null, IPAddress.Parse("8.8.8.8"), 80));
    }

    [Fact]
    public void Reason_WithoutAScope_ShouldBeTheOriginalsWording()
    {
        Assert.Equal("Denied by rule #3: why", new EgressRule("deny", "ip", "1.1.1.1", null, 3, "why", null).Reason);
    }

    private static EgressRule Rule(string action, string type, string value, int priority, string? ports = null, string? description = null) =>
        new(action, type, value, PortRange.Parse(ports), priority, description, "project");
}
