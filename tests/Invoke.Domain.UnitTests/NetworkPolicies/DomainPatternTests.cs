using Invoke.Domain.NetworkPolicies.Egress;

namespace Invoke.Domain.UnitTests.NetworkPolicies;

public sealed class DomainPatternTests
{
    [Theory]
    [InlineData("example.com", "example.com", true)]
    [InlineData("example.com", "EXAMPLE.com.", true)]
    [InlineData("example.com", "api.example.com", false)]
    [InlineData("*.example.com", "api.example.com", true)]
    [InlineData("*.example.com", "a.b.example.com", true)]
    [InlineData("*.example.com", "example.com", false)]
    [InlineData("*.example.com", "badexample.com", false)]
    [InlineData("*.example.com", "example.com.evil.net", false)]
    [InlineData("*.example.com", ".example.com", false)]
    [InlineData("bücher.example", "xn--bcher-kva.example", true)]
    public void Matches_ShouldFollowTheDocumentedWildcardSemantics(string pattern, string host, bool expected)
    {
        Assert.Equal(expected, DomainPattern.Parse(pattern).Matches(host));
    }
}
