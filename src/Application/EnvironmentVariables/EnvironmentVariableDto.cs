using System.Text.Json.Serialization;

namespace Invoke.Application.EnvironmentVariables;

/// <summary>
/// A function's or a project's variable row as the original lists it, plus <c>key</c> and <c>value</c>: the names
/// the original CLI's <c>function:env:list</c> reads (it crashed on a non-empty list without them).
/// </summary>
public sealed record EnvironmentVariableDto
{
    [JsonPropertyName("id")]
    public int Id { get; init; }

    [JsonPropertyName("variable_name")]
    public string VariableName { get; init; } = null!;

    [JsonPropertyName("variable_value")]
    public string VariableValue { get; init; } = null!;

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("created_at")]
    public DateTime? CreatedAt { get; init; }

    [JsonPropertyName("updated_at")]
    public DateTime? UpdatedAt { get; init; }

    [JsonPropertyName("key")]
    public string Key => VariableName;

    [JsonPropertyName("value")]
    public string Value => VariableValue;
}
