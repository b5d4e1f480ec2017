using Invoke.Domain.Common;
using Invoke.Domain.NetworkPolicies;

namespace Invoke.Domain.UnitTests.NetworkPolicies;

public sealed class NetworkPolicyTests
{
    [Theory]
    [InlineData("ip", "203.0.113.7")]
    [InlineData("ip", "0.0.0.0")]
    [InlineData("ip", "2001:db8::1")]
    [InlineData("ip", "::ffff:10.0.0.1")]
    [InlineData("cidr", "10.0.0.0/8")]
    [InlineData("cidr", "0.0.0.0/0")]
    [InlineData("cidr", "192.168.1.1/32")]
    [InlineData("cidr", "::/0")]
    [InlineData("cidr", "fe80::/10")]
    [InlineData("cidr", "::1/128")]
    [InlineData("domain", "localhost")]
    [InlineData("domain", "api.example.com")]
    [InlineData("domain", "*.example.com")]
    [InlineData("domain", "xn--bcher-kva.example")]
    public void Create_WhenTargetValueFitsItsType_ShouldAccept(string targetType, string targetValue)
    {
        var policy = GlobalNetworkPolicy.Create(NetworkPolicyAction.Deny, targetType, targetValue, null, 1);

        Assert.Equal((targetType, targetValue), (policy.TargetType, policy.TargetValue));
    }

    [Theory]
    [InlineData("ip", "10.0.0.0/8")]
    [InlineData("ip", "256.1.1.1")]
    [InlineData("ip", "10.0.0")]
    [InlineData("ip", "10")]
    [InlineData("ip", "010.0.0.1")]
    [InlineData("ip", "fe80::1%eth0")]
    [InlineData("ip", "example.com")]
    [InlineData("cidr", "10.0.0.0")]
    [InlineData("cidr", "10.0.0.0/33")]
    [InlineData("cidr", "::/129")]
    [InlineData("cidr", "10.0.0.0/-1")]
    [InlineData("cidr", "10.0.0.0/8/8")]
    [InlineData("cidr", "10.0.0.0/ 8")]
    [InlineData("domain", "-bad.example.com")]
    [InlineData("domain", "bad-.example.com")]
    [InlineData("domain", "two..dots.com")]
    [InlineData("domain", "under_score.com")]
    [InlineData("domain", "example.com.")]
    [InlineData("domain", "*")]
    [InlineData("domain", "api.*.example.com")]
    [InlineData("domain", "10.0.0.1")]
    [InlineData("domain", "http://example.com")]
    public void Create_WhenTargetValueDoesNotFitItsType_ShouldRefuse(string targetType, string targetValue)
    {
        var refusal = Assert.Throws<InvalidValueException>(
            () => GlobalNetworkPolicy.Create(NetworkPolicyAction.Deny, targetType, targetValue, null, 1));

        Assert.Equal("target_value", refusal.Field);
    }

    [Fact]
    public void Create_WhenDomainLabelIsTooLong_ShouldRefuse()
    {
        var refusal = Assert.Throws<InvalidValueException>(
            () => GlobalNetworkPolicy.Create(NetworkPolicyAction.Allow, NetworkTargetType.Domain, new string('a', 64) + ".com", null, 1));

        Assert.Equal("target_value", refusal.Field);
    }

    [Theory]
    [InlineData("host")]
    [InlineData("CIDR")]
    [InlineData("")]
    public void Create_WhenTargetTypeIsUnknown_ShouldRefuse(string targetType)
    {
        var refusal = Assert.Throws<InvalidValueException>(
            () => GlobalNetworkPolicy.Create(NetworkPolicyAction.Deny, targetType, "10.0.0.0/8", null, 1));

        Assert.Equal("target_type", refusal.Field);
    }

    [Theory]
    [InlineData("block")]
    [InlineData("Allow")]
    public void Create_WhenActionIsUnknown_ShouldRefuse(string action)
    {
        var refusal = Assert.Throws<InvalidValueException>(
            () => ProjectNetworkPolicy.Create(Guid.NewGuid(), action, NetworkTargetType.Cidr, "10.0.0.0/8", null, 1));

        Assert.Equal("action", refusal.Field);
    }

    [Fact]
    public void Create_WhenDescriptionIsTooLong_ShouldRefuse()
    {
        var refusal = Assert.Throws<InvalidValueException>(() => ProjectNetworkPolicy.Create(
            Guid.NewGuid(), NetworkPolicyAction.Allow, NetworkTargetType.Cidr, "0.0.0.0/0", new string('d', NetworkPolicy.DescriptionMaxLength + 1), 1));

        Assert.Equal("description", refusal.Field);
    }

    [Fact]
    public void Update_WhenValid_ShouldReplaceEveryField()
    {
        var projectId = Guid.NewGuid();
        var policy = ProjectNetworkPolicy.Create(projectId, NetworkPolicyAction.Allow, NetworkTargetType.Cidr, "0.0.0.0/0", null, 1);

        policy.Update(NetworkPolicyAction.Deny, NetworkTargetType.Domain, "*.internal.example", "no internal", 9);

        Assert.Equal(
            (projectId, "deny", "domain", "*.internal.example", (string?)"no internal", 9),
            (policy.ProjectId, policy.Action, policy.TargetType, policy.TargetValue, policy.Description, policy.Priority));
    }
}
