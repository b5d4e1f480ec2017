using Invoke.Domain.Common;

namespace Invoke.Domain.Projects;

public sealed class ProjectMembership
{
    private ProjectMembership()
    {
    }

    public int Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public int UserId { get; private set; }

    public string Role { get; private set; } = null!;

    public DateTime? CreatedAt { get; private set; }

    public int? CreatedBy { get; private set; }

    public static ProjectMembership Create(Guid projectId, int userId, string role, int? createdBy) =>
        new()
        {
            ProjectId = projectId,
            UserId = userId,
            Role = ValidRole(role),
            CreatedBy = createdBy,
        };

    public void ChangeRole(string role) => Role = ValidRole(role);

    private static string ValidRole(string role) => Ensure.OneOf(role, "role", ProjectRole.All);
}
