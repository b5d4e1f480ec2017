using System.Net;
using Invoke.Domain.NetworkPolicies.Egress;

namespace Invoke.Domain.UnitTests.NetworkPolicies;

public sealed class AddressRangeTests
{
    [Theory]
    [InlineData("10.0.0.0/8", "10.255.1.2", true)]
    [InlineData("10.0.0.0/8", "11.0.0.1", false)]
    [InlineData("172.16.0.0/12", "172.31.255.255", true)]
    [InlineData("172.16.0.0/12", "172.32.0.0", false)]
    [InlineData("192.168.1.128/25", "192.168.1.200", true)]
    [InlineData("192.168.1.128/25", "192.168.1.127", false)]
    [InlineData("0.0.0.0/0", "8.8.8.8", true)]
    [InlineData("0.0.0.0/0", "2001:db8::1", false)]
    [InlineData("::/0", "2001:db8::1", true)]
    [InlineData("::/0", "8.8.8.8", false)]
    [InlineData("127.0.0.0/8", "::ffff:127.0.0.1", true)]
    [InlineData("::ffff:10.0.0.0/104", "10.1.2.3", true)]
    [InlineData("fc00::/7", "fd12::1", true)]
    [InlineData("fc00::/7", "fe00::1", false)]
    [InlineData("1.2.3.4", "1.2.3.4", true)]
    [InlineData("1.2.3.4", "1.2.3.5", false)]
    public void Contains_ShouldCompareBitsOfOneFamily(string cidr, string address, bool expected)
    {
        Assert.Equal(expected, AddressRange.Of(cidr).Contains(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("10.0.0.0/33")]
    [InlineData("::/129")]
    [InlineData("10.0.0.0/")]
    [InlineData("10.0.0.0/-1")]
    [InlineData("nonsense/8")]
    public void Parse_WhenTheCidrIsMalformed_ShouldBeNull(string cidr)
    {
        Assert.Null(AddressRange.Parse(cidr));
    }
}
