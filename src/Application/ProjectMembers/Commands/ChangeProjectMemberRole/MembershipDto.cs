using System.Text.Json.Serialization;
using Invoke.Domain.Projects;

namespace Invoke.Application.ProjectMembers.Commands.ChangeProjectMemberRole;

/// <summary>A <c>project_memberships</c> row with every column.</summary>
public sealed record MembershipDto(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("project_id")] Guid ProjectId,
    [property: JsonPropertyName("user_id")] int UserId,
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("created_at")] DateTime? CreatedAt,
    [property: JsonPropertyName("created_by")] int? CreatedBy)
{
    public static MembershipDto From(ProjectMembership membership) =>
        new(membership.Id, membership.ProjectId, membership.UserId, membership.Role, membership.CreatedAt, membership.CreatedBy);
}
