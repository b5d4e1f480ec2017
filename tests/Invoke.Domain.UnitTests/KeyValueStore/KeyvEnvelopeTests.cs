using Invoke.Domain.KeyValueStore;

namespace Invoke.Domain.UnitTests.KeyValueStore;

public sealed class KeyvEnvelopeTests
{
    [Theory]
    [InlineData("{\"a\":[1,null]}")]
    [InlineData("\"plain\"")]
    [InlineData("\":starts with a colon\"")]
    [InlineData("null")]
    public void UnwrapOfWrap_ShouldGiveTheValueBack(string valueJson)
    {
        Assert.Equal(valueJson, KeyvEnvelope.Unwrap(KeyvEnvelope.Wrap(valueJson, null)));
    }

    [Fact]
    public void Wrap_ShouldEscapeALeadingColonAsKeyvDoes()
    {
        Assert.Equal("""{"value":"::x"}""", KeyvEnvelope.Wrap("\":x\"", null));
    }

    [Fact]
    public void Unwrap_OfABufferTheOriginalStored_ShouldGiveItsJsonForm()
    {
        Assert.Equal("""{"type":"Buffer","data":[104,105]}""", KeyvEnvelope.Unwrap("""{"value":":base64:aGk="}"""));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{}")]
    [InlineData("not json")]
    [InlineData("[1]")]
    public void Unwrap_OfWhatHoldsNoValue_ShouldBeNull(string? envelope)
    {
        Assert.Null(KeyvEnvelope.Unwrap(envelope));
    }
}
