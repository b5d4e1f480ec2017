using Invoke.Domain.NetworkPolicies.Egress;

namespace Invoke.Domain.UnitTests.NetworkPolicies;

public sealed class PortRangeTests
{
    [Theory]
    [InlineData("443", 443, 443)]
    [InlineData(" 8000-8100 ", 8000, 8100)]
    [InlineData("1-65535", 1, 65535)]
    public void Parse_ShouldReadAPortOrAnInclusiveRange(string text, int from, int to)
    {
        Assert.Equal(new PortRange(from, to), PortRange.Parse(text));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("65536")]
    [InlineData("100-10")]
    [InlineData("1-2-3")]
    [InlineData("-5")]
    [InlineData("http")]
    [InlineData("")]
    public void Parse_WhenTheTextIsNoPort_ShouldBeNull(string text)
    {
        Assert.Null(PortRange.Parse(text));
    }

    [Fact]
    public void ToString_ShouldBeTheWireSpelling()
    {
        Assert.Equal("443", new PortRange(443, 443).ToString());
        Assert.Equal("8000-8100", new PortRange(8000, 8100).ToString());
    }
}
