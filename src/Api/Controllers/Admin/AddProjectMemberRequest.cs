using System.Text.Json.Serialization;

namespace Invoke.Api.Controllers.Admin;

/// <param name="UserId">A number, or a string of digits as form selects send it.</param>
public sealed record AddProjectMemberRequest(
    [property: JsonPropertyName("projectId")] Guid? ProjectId,
    [property: JsonPropertyName("userId")]
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    int? UserId,
    [property: JsonPropertyName("role")] string? Role);
