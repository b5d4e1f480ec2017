namespace Invoke.Domain.Projects;

/// <summary>A member's role in a project, as stored in <c>project_memberships.role</c>.</summary>
public static class ProjectRole
{
    public const int MaxLength = 20;
    public const string Owner = "owner";
    public const string Developer = "developer";

    public static IReadOnlyList<string> All { get; } = [Owner, Developer];
}
