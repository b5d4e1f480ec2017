using System.Text.Json.Serialization;

namespace Invoke.Application.ProjectMembers.Commands.AddProjectMember;

public sealed record AddedProjectMemberDto(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("created_at")] DateTime? CreatedAt,
    [property: JsonPropertyName("user_id")] int UserId,
    [property: JsonPropertyName("username")] string Username);
