using System.Text.Json.Serialization;

namespace Invoke.Application.Settings.Queries.GetGlobalSettings;

/// <summary>One setting as the original serves it; values are always strings.</summary>
public sealed record GlobalSettingDto(
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("description")] string? Description);
