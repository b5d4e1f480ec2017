using System.Text.Json.Serialization;

namespace Invoke.Application.Users.Queries.GetUsers;

/// <summary>A row of the admin user list; the count is a JSON string, as node-postgres writes COUNT values.</summary>
public sealed record UserSummaryDto(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("is_admin")] bool? IsAdmin,
    [property: JsonPropertyName("created_at")] DateTime? CreatedAt,
    [property: JsonPropertyName("last_login")] DateTime? LastLogin,
    [property: JsonPropertyName("project_count")]
    [property: JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    long ProjectCount);
