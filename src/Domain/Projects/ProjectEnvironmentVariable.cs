using Invoke.Domain.Common;

namespace Invoke.Domain.Projects;

/// <summary>A variable every function of the project runs with, unless the function has its own of that name.</summary>
public sealed class ProjectEnvironmentVariable : EnvironmentVariable
{
    private ProjectEnvironmentVariable()
    {
    }

    private ProjectEnvironmentVariable(Guid projectId, string name, string value, string? description)
        : base(name, value, description) =>
        ProjectId = projectId;

    public Guid ProjectId { get; private set; }

    public static ProjectEnvironmentVariable Create(Guid projectId, string name, string value, string? description) =>
        new(projectId, name, value, description);
}
