using System.Text.Json.Serialization;

namespace Invoke.Application.ProjectMembers.Queries.GetProjectMembers;

/// <param name="Id">The membership's id.</param>
/// <param name="AddedBy">The username of whoever added the member, if that user still exists.</param>
public sealed record ProjectMemberDto(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("created_at")] DateTime? CreatedAt,
    [property: JsonPropertyName("user_id")] int UserId,
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("added_by")] string? AddedBy);
