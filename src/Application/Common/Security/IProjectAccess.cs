namespace Invoke.Application.Common.Security;

/// <summary>
/// Placeholder of the identity branch's contract (docs: /work/notes/wave2.md), replaced by its file at the merge.
/// </summary>
public interface IProjectAccess
{
    Task EnsureMemberAsync(
        Guid projectId, CancellationToken ct, string deniedMessage = "Access denied: not a member of this project");

    IQueryable<Guid> AccessibleProjectIds();
}
