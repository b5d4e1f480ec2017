using System.Text.Json.Serialization;

namespace Invoke.Application.Settings.Queries.GetGlobalSettings;

public sealed record GlobalSettingDto(
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("description")] string? Description);
