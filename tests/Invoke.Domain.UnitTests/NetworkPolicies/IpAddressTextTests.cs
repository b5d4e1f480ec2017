using Invoke.Domain.NetworkPolicies.Egress;

namespace Invoke.Domain.UnitTests.NetworkPolicies;

public sealed class IpAddressTextTests
{
    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1")]
    [InlineData("0x7f.1", "127.0.0.1")]
    [InlineData("0x7F.0.0.1", "127.0.0.1")]
    [InlineData("127.1", "127.0.0.1")]
    [InlineData("127.0.1", "127.0.0.1")]
    [InlineData("2130706433", "127.0.0.1")]
    [InlineData("0x7f000001", "127.0.0.1")]
    [InlineData("017700000001", "127.0.0.1")]
    [InlineData("0177.0.0.01", "127.0.0.1")]
    [InlineData("127.0.0.1.", "127.0.0.1")]
    [InlineData("::ffff:127.0.0.1", "127.0.0.1")]
    [InlineData("::ffff:7f00:1", "127.0.0.1")]
    [InlineData("[::ffff:a9fe:a9fe]", "169.254.169.254")]
    [InlineData("0:0:0:0:0:0:0:1", "::1")]
    [InlineData("[2001:DB8::1]", "2001:db8::1")]
    [InlineData("0", "0.0.0.0")]
    public void Parse_ShouldReadEverySpellingAsTheCanonicalAddress(string text, string expected)
    {
        Assert.Equal(expected, IpAddressText.Parse(text)?.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("example.com")]
    [InlineData("256.0.0.1")]
    [InlineData("1.2.3.4.5")]
    [InlineData("1.2.3.256")]
    [InlineData("1.2.65536")]
    [InlineData("4294967296")]
    [InlineData("08.0.0.1")]
    [InlineData("0xg.1")]
    [InlineData("1..1")]
    [InlineData("fe80::1%eth0")]
    [InlineData(":::1")]
    [InlineData("1.2.3.4 ")]
    public void Parse_WhenTheTextIsNoAddress_ShouldBeNull(string text)
    {
        Assert.Null(IpAddressText.Parse(text));
    }
}
