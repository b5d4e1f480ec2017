using System.Text.Json.Serialization;
using Invoke.Application.Functions.Common;

namespace Invoke.Application.Functions.Queries.GetFunctionList;

/// <summary>
/// A function row followed by the original's joined columns. The order attributes keep the joined columns after the
/// row's own (System.Text.Json writes a derived type's members first otherwise).
/// </summary>
public sealed record FunctionListItemDto : FunctionRowDto
{
    [JsonPropertyName("active_version")]
    [JsonPropertyOrder(1)]
    public int? ActiveVersion { get; init; }

    /// <summary>A BIGINT column, which the original's driver serialises as a string.</summary>
    [JsonPropertyName("file_size")]
    [JsonPropertyOrder(1)]
    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long? FileSize { get; init; }

    [JsonPropertyName("deployed_by_username")]
    [JsonPropertyOrder(1)]
    public string? DeployedByUsername { get; init; }

    [JsonPropertyName("project_name")]
    [JsonPropertyOrder(1)]
    public string? ProjectName { get; init; }

    /// <summary>The caller's role in the function's project; absent when an admin lists every project.</summary>
    [JsonPropertyName("user_role")]
    [JsonPropertyOrder(1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? UserRole { get; init; }

    /// <summary>The name the original CLIs read (its <c>function:list</c> and <c>function:get</c>); the same value.</summary>
    [JsonPropertyName("last_execution")]
    [JsonPropertyOrder(1)]
    public DateTime? LastExecution => LastExecuted;
}
