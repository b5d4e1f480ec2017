using System.Text;
using Invoke.Domain.Common;
using Invoke.Domain.KeyValueStore;

namespace Invoke.Domain.UnitTests.KeyValueStore;

public sealed class ProjectKvEntryTests
{
    private const int MaxValue = 64;

    private static readonly Guid ProjectId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Fact]
    public void Create_ShouldStoreAKeyvEnvelopeUnderTheProjectNamespace()
    {
        var expiry = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        var entry = ProjectKvEntry.Create(ProjectId, "visits", "3", expiry, MaxValue);

        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e:visits", entry.Key);
        Assert.Equal("""{"value":3,"expires":1767225600000}""", entry.Value);
        Assert.Equal((ProjectId, expiry, "visits", "3"), (entry.ProjectId!.Value, entry.ExpiresAt!.Value, entry.UserKey, entry.ValueJson));
        Assert.Equal(Encoding.UTF8.GetByteCount(entry.Key) + Encoding.UTF8.GetByteCount(entry.Value!), entry.SizeBytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a\0b")]
    public void Create_WhenKeyIsEmptyOrHoldsNul_ShouldRefuseTheKey(string key)
    {
        var refusal = Assert.Throws<InvalidValueException>(() => ProjectKvEntry.Create(ProjectId, key, "1", null, MaxValue));

        Assert.Equal("key", refusal.Field);
    }

    [Fact]
    public void Create_ShouldAcceptKeysUpTo512Utf8Bytes()
    {
        var longest = new string('é', ProjectKvEntry.KeyMaxBytes / 2);

        var accepted = ProjectKvEntry.Create(ProjectId, longest, "1", null, MaxValue);
        var refusal = Assert.Throws<InvalidValueException>(() => ProjectKvEntry.Create(ProjectId, longest + "k", "1", null, MaxValue));

        Assert.Equal(longest, accepted.UserKey);
        Assert.Contains("512 bytes", refusal.Message, StringComparison.Ordinal);
        Assert.True(new string('k', ProjectKvEntry.KeyMaxBytes).Length + ProjectKvEntry.NamespaceLength <= ProjectKvEntry.KeyColumnLength);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("\"a\\u0000b\"")]
    public void Create_WhenValueIsNotJsonOrHoldsNul_ShouldRefuseTheValue(string value)
    {
        var refusal = Assert.Throws<InvalidValueException>(() => ProjectKvEntry.Create(ProjectId, "k", value, null, MaxValue));

        Assert.Equal("value", refusal.Field);
    }

    [Fact]
    public void Create_WhenValueIsOverTheLimit_ShouldRefuseIt()
    {
        var atLimit = "\"" + new string('v', MaxValue - 2) + "\"";

        ProjectKvEntry.Create(ProjectId, "k", atLimit, null, MaxValue);
        var refusal = Assert.Throws<InvalidValueException>(() => ProjectKvEntry.Create(ProjectId, "k", atLimit + " ", null, MaxValue));

        Assert.Contains($"at most {MaxValue} bytes", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsLiveAt_ShouldBeFalseFromTheExpiryOn()
    {
        var expiry = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var entry = ProjectKvEntry.Create(ProjectId, "k", "1", expiry, MaxValue);

        Assert.True(entry.IsLiveAt(expiry.AddTicks(-1)));
        Assert.False(entry.IsLiveAt(expiry));
        Assert.True(ProjectKvEntry.Create(ProjectId, "k", "1", null, MaxValue).IsLiveAt(DateTime.MaxValue));
    }
}
