using System.Text.Json.Serialization;

namespace Invoke.Api.Controllers.Admin;

public sealed record DeleteProjectRequest([property: JsonPropertyName("id")] Guid? Id);
