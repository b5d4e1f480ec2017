using System.Text.Json;
using Invoke.Api.Json;

namespace Invoke.Api.IntegrationTests.Json;

public sealed class UtcTimestampJsonConverterTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new UtcTimestampJsonConverter() } };

    [Fact]
    public void Write_WhenValueIsUtc_ShouldWriteMillisecondsAndZLikeJavaScript()
    {
        var value = new DateTime(2025, 1, 1, 12, 0, 0, DateTimeKind.Utc).AddTicks(1_239_999);

        var json = JsonSerializer.Serialize(value, Options);

        Assert.Equal("\"2025-01-01T12:00:00.123Z\"", json);
    }

    [Fact]
    public void Write_WhenValueHasNoKind_ShouldTakeItAsUtc()
    {
        var value = new DateTime(2025, 6, 30, 23, 59, 59, 5, DateTimeKind.Unspecified);

        var json = JsonSerializer.Serialize(value, Options);

        Assert.Equal("\"2025-06-30T23:59:59.005Z\"", json);
    }

    [Fact]
    public void Write_WhenValueIsLocal_ShouldConvertItToUtc()
    {
        var utc = new DateTime(2025, 6, 30, 8, 0, 0, DateTimeKind.Utc);

        var json = JsonSerializer.Serialize(utc.ToLocalTime(), Options);

        Assert.Equal("\"2025-06-30T08:00:00.000Z\"", json);
    }

    [Fact]
    public void Write_WhenValueIsNullable_ShouldUseTheSameFormat()
    {
        DateTime? value = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        var json = JsonSerializer.Serialize(new { at = value, never = (DateTime?)null }, Options);

        Assert.Equal("{\"at\":\"2025-01-01T00:00:00.000Z\",\"never\":null}", json);
    }

    [Fact]
    public void Read_WhenTextHasAnOffset_ShouldReturnTheUtcInstant()
    {
        var value = JsonSerializer.Deserialize<DateTime>("\"2025-01-01T12:00:00+02:00\"", Options);

        Assert.Equal(new DateTime(2025, 1, 1, 10, 0, 0, DateTimeKind.Utc), value);
        Assert.Equal(DateTimeKind.Utc, value.Kind);
    }
}
