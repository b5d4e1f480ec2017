using System.Text.Json.Serialization;

namespace Invoke.Api.IntegrationTests.Probes;

public sealed record ProbeRequest(
    [property: JsonPropertyName("project_id")] Guid? ProjectId,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("count")] int? Count);
