using System.Text.Json.Serialization;

namespace Invoke.Api.Envelopes;

/// <summary>
/// The original platform's error body (<c>success: false, data, message, statusCode, timestamp</c>, which its
/// CLI reads), then <c>error</c> (= <c>message</c>, which its admin UI reads), then the RFC 9457 problem details
/// members, then any extra members of the error (<see cref="Members"/>). See docs/adr/0006 and docs/adr/0012.
/// </summary>
public sealed record ErrorEnvelope
{
    [JsonPropertyName("success")]
    public bool Success => false;

    /// <summary>Null but for an error that the original answers with data, e.g. the <c>score</c> of a weak password.</summary>
    [JsonPropertyName("data")]
    public object? Data { get; init; }

    [JsonPropertyName("message")]
    public required string Message { get; init; }

    [JsonPropertyName("statusCode")]
    public required int StatusCode { get; init; }

    [JsonPropertyName("timestamp")]
    public required DateTime Timestamp { get; init; }

    [JsonPropertyName("error")]
    public string Error => Message;

    [JsonPropertyName("type")]
    public required string Type { get; init; }

    [JsonPropertyName("title")]
    public required string Title { get; init; }

    [JsonPropertyName("status")]
    public int Status => StatusCode;

    [JsonPropertyName("detail")]
    public string Detail => Message;

    [JsonPropertyName("instance")]
    public required string Instance { get; init; }

    [JsonPropertyName("errors")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IDictionary<string, string[]>? Errors { get; init; }

    [JsonPropertyName("traceId")]
    public required string TraceId { get; init; }

    /// <summary>Top-level members that say more about this error, by wire name (e.g. <c>score</c>, <c>projects</c>).</summary>
    [JsonExtensionData]
    public IDictionary<string, object?>? Members { get; init; }
}
