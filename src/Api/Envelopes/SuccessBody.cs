using System.Text.Json.Serialization;

namespace Invoke.Api.Envelopes;

/// <summary>
/// The original's short success body without <c>statusCode</c> and <c>timestamp</c>, used by the environment-variable
/// and schedule routes: <c>{ success, message }</c>, <c>{ success, data }</c> or <c>{ success, message, data }</c>.
/// </summary>
public sealed record SuccessBody<T>(
    [property: JsonPropertyName("message")]
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    string? Message,
    [property: JsonPropertyName("data")]
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    T? Data)
{
    [JsonPropertyName("success")]
    [JsonPropertyOrder(-1)]
    public bool Success => true;
}
