using System.Text.Json.Serialization;

namespace Invoke.Api.Envelopes;

/// <summary>The original platform's success body: <c>success, data, message, statusCode, timestamp</c> in that order.</summary>
public sealed record ApiEnvelope<T>(
    [property: JsonPropertyName("data")] T Data,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("statusCode")] int StatusCode,
    [property: JsonPropertyName("timestamp")] DateTime Timestamp)
{
    [JsonPropertyName("success")]
    [JsonPropertyOrder(-1)]
    public bool Success => true;
}
