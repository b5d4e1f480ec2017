using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;

namespace Invoke.Application.KeyValueStore;

/// <summary>
/// Who reaches a project's key-value store through the admin API (§9.2): its members, every role reading and writing
/// alike (the original's <c>canWrite</c> holds for every member), and admins.
/// </summary>
public static class KvAccess
{
    public const string SystemProjectMessage = "KV store not available for system project";

    public static Task EnsureCanReachKvAsync(
        this IProjectAccess projectAccess, IApplicationDbContext db, Guid projectId, CancellationToken cancellationToken) =>
        projectAccess.EnsureMemberOfExistingProjectAsync(db, projectId, IProjectAccess.NotAMemberMessage, cancellationToken);
}
