using System.Text.Json.Serialization;

namespace Invoke.Application.Functions.Common;

/// <summary>
/// The custom limit columns the original's later releases add to every function document. System.Text.Json writes a
/// base type's members after the derived type's, so they follow the function's other columns as in those releases.
/// </summary>
public abstract record FunctionCustomLimitsDto
{
    [JsonPropertyName("custom_timeout_enabled")]
    public bool CustomTimeoutEnabled { get; init; }

    [JsonPropertyName("custom_timeout_seconds")]
    public int? CustomTimeoutSeconds { get; init; }

    [JsonPropertyName("custom_memory_enabled")]
    public bool CustomMemoryEnabled { get; init; }

    [JsonPropertyName("custom_memory_mb")]
    public int? CustomMemoryMb { get; init; }
}
