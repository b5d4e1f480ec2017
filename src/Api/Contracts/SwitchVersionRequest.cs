using System.Text.Json.Serialization;

namespace Invoke.Api.Contracts;

/// <summary>The body of <c>POST /api/functions/{id}/switch-version</c>: the admin UI sends the id, the CLI the number.</summary>
public sealed record SwitchVersionRequest(
    [property: JsonPropertyName("versionId")] Guid? VersionId,
    [property: JsonPropertyName("version_number")] int? VersionNumber);
