using Invoke.Domain.Common;
using Invoke.Domain.KeyValueStore;

namespace Invoke.Domain.UnitTests.KeyValueStore;

public sealed class ProjectKvEntryTests
{
    private static readonly Guid ProjectId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Fact]
    public void Create_ShouldPrefixTheKeyWithTheProjectNamespace()
    {
        var entry = ProjectKvEntry.Create(ProjectId, "visits", """{"value":3}""");

        Assert.Equal(("0f8fad5b-d9cb-469f-a165-70867728950e:visits", """{"value":3}"""), (entry.Key, entry.Value));
        Assert.StartsWith(ProjectKvEntry.KeyPrefix(ProjectId), entry.Key);
    }

    [Fact]
    public void Create_WhenUserKeyIsEmpty_ShouldRefuse()
    {
        var refusal = Assert.Throws<InvalidValueException>(() => ProjectKvEntry.Create(ProjectId, string.Empty, """{"value":1}"""));

        Assert.Equal("key", refusal.Field);
    }

    [Fact]
    public void Create_WhenKeyWouldExceedTheColumn_ShouldRefuse()
    {
        var longest = new string('k', ProjectKvEntry.KeyMaxLength - ProjectKvEntry.KeyPrefix(ProjectId).Length);

        var accepted = ProjectKvEntry.Create(ProjectId, longest, """{"value":1}""");
        var refusal = Assert.Throws<InvalidValueException>(() => ProjectKvEntry.Create(ProjectId, longest + "k", """{"value":1}"""));

        Assert.Equal(ProjectKvEntry.KeyMaxLength, accepted.Key.Length);
        Assert.Equal("key", refusal.Field);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("not json")]
    public void Create_WhenEnvelopeIsNotAJsonObject_ShouldRefuse(string envelope)
    {
        var refusal = Assert.Throws<InvalidValueException>(() => ProjectKvEntry.Create(ProjectId, "k", envelope));

        Assert.Equal("value", refusal.Field);
    }

    [Fact]
    public void ChangeValue_ShouldReplaceTheEnvelope()
    {
        var entry = ProjectKvEntry.Create(ProjectId, "k", """{"value":1}""");

        entry.ChangeValue("""{"value":2,"expires":1767225600000}""");

        Assert.Equal("""{"value":2,"expires":1767225600000}""", entry.Value);
    }
}
