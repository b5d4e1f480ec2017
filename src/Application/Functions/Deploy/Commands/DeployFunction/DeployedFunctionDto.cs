using System.Text.Json.Serialization;

namespace Invoke.Application.Functions.Deploy.Commands.DeployFunction;

/// <param name="BuildId">
/// The version's id: Invoke has no build step, so the version stands for its build, which is complete at once.
/// </param>
public sealed record DeployedFunctionDto(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("file_size")]
    [property: JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    long FileSize,
    [property: JsonPropertyName("build_id")] Guid BuildId);
