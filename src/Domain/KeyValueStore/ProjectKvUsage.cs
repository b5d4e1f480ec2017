namespace Invoke.Domain.KeyValueStore;

/// <summary>
/// The bytes a project's entries occupy (<see cref="ProjectKvEntry.SizeBytes"/> summed), kept up to date in the
/// transaction of every write so that the quota is checked without a scan. Writers of one project change it with a
/// conditional update, which also makes them wait for each other (docs/adr/0030).
/// </summary>
public sealed class ProjectKvUsage
{
    private ProjectKvUsage()
    {
    }

    public Guid ProjectId { get; private set; }

    public long UsedBytes { get; private set; }

    public static ProjectKvUsage Create(Guid projectId) => new() { ProjectId = projectId };
}
