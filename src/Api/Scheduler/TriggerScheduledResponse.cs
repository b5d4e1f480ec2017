using System.Text.Json.Serialization;

namespace Invoke.Api.Scheduler;

/// <param name="Executed">Runs that succeeded.</param>
/// <param name="Failed">Runs that failed (code error, timeout, status 500 or more, or no run at all).</param>
public sealed record TriggerScheduledResponse(
    [property: JsonPropertyName("success")] bool Success,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("executed")] int Executed,
    [property: JsonPropertyName("failed")] int Failed);

public sealed record TriggerScheduledFailureResponse(
    [property: JsonPropertyName("success")] bool Success,
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("message")] string Message);
