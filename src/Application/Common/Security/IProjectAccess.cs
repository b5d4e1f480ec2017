namespace Invoke.Application.Common.Security;

/// <summary>Stand-in for the identity branch's contract (wave 2); replaced by its version on merge.</summary>
public interface IProjectAccess
{
    Task<string?> GetRoleAsync(Guid projectId, CancellationToken ct);

    Task EnsureMemberAsync(
        Guid projectId, CancellationToken ct, string deniedMessage = "Access denied: not a member of this project");

    Task EnsureOwnerAsync(
        Guid projectId, CancellationToken ct, string deniedMessage = "Only project owners can perform this action");

    IQueryable<Guid> AccessibleProjectIds();
}
