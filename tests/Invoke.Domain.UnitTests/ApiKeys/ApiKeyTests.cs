using Invoke.Domain.ApiKeys;
using Invoke.Domain.Common;

namespace Invoke.Domain.UnitTests.ApiKeys;

public sealed class ApiKeyTests
{
    private static readonly string Hash = new string('0', 63) + "f";

    [Fact]
    public void Create_WhenHashIsLowercaseSha256Hex_ShouldStartActiveAndUnused()
    {
        var key = ApiKey.Create("laptop", Hash, createdBy: 4);

        Assert.Equal(("laptop", Hash, (int?)4, (bool?)true, (int?)0), (key.Name, key.KeyHash, key.CreatedBy, key.IsActive, key.UsageCount));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000F")]
    [InlineData("000000000000000000000000000000000000000000000000000000000000000F")]
    [InlineData("000000000000000000000000000000000000000000000000000000000000000g")]
    public void Create_WhenHashIsNotLowercaseSha256Hex_ShouldRefuse(string hash)
    {
        var refusal = Assert.Throws<InvalidValueException>(() => ApiKey.Create("laptop", hash, createdBy: null));

        Assert.Equal("key_hash", refusal.Field);
    }

    [Fact]
    public void Create_WhenNameIsTooLong_ShouldRefuse()
    {
        var refusal = Assert.Throws<InvalidValueException>(() => ApiKey.Create(new string('n', ApiKey.NameMaxLength + 1), Hash, createdBy: null));

        Assert.Equal("name", refusal.Field);
    }

    [Fact]
    public void RecordUse_ShouldCountAndStampEachUse()
    {
        var key = ApiKey.Create("laptop", Hash, createdBy: null);
        var at = new DateTime(2026, 2, 3, 4, 5, 6, DateTimeKind.Utc);

        key.RecordUse(at.AddMinutes(-1));
        key.RecordUse(at);

        Assert.Equal(((int?)2, (DateTime?)at), (key.UsageCount, key.LastUsed));
    }

    [Fact]
    public void Revoke_ShouldDeactivate()
    {
        var key = ApiKey.Create("laptop", Hash, createdBy: null);

        key.Revoke();

        Assert.False(key.IsActive);
    }
}
