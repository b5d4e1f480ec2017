using Invoke.Domain.Functions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Invoke.Infrastructure.Persistence;

/// <summary>
/// <c>functions.active_version_id</c> and <c>function_versions.function_id</c> reference each other, so EF Core
/// cannot order the rows when a function is inserted together with its active version, or deleted together
/// with its versions. These steps break the cycle so the domain model never has to know about it.
/// </summary>
internal static class FunctionVersionCycle
{
    /// <summary>
    /// Stops tracking the deleted versions (and packages) of deleted functions: deleting the function row is
    /// enough, the database cascades to the rest.
    /// </summary>
    public static void LeaveCascadeToDatabase(ChangeTracker tracker)
    {
        var deletedFunctions = tracker.Entries<Function>()
            .Where(entry => entry.State == EntityState.Deleted)
            .Select(entry => entry.Entity.Id)
            .ToHashSet();
        if (deletedFunctions.Count == 0)
        {
            return;
        }

        var versions = tracker.Entries<FunctionVersion>()
            .Where(entry => entry.State == EntityState.Deleted && deletedFunctions.Contains(entry.Entity.FunctionId))
            .ToList();
        var versionIds = versions.Select(entry => entry.Entity.Id).ToHashSet();
        foreach (var package in tracker.Entries<FunctionPackage>().Where(entry => versionIds.Contains(entry.Entity.FunctionVersionId)).ToList())
        {
            package.State = EntityState.Detached;
        }

        foreach (var version in versions)
        {
            version.State = EntityState.Detached;
        }
    }

    /// <summary>
    /// Clears the active version of new functions whose active version is new as well, so that both rows can
    /// be inserted; <see cref="Restore"/> sets it again for a second save.
    /// </summary>
    public static IReadOnlyList<(EntityEntry<Function> Function, Guid VersionId)> DeferNewActivations(ChangeTracker tracker)
    {
        var deferred = tracker.Entries<Function>()
            .Where(entry => entry.State == EntityState.Added && entry.Entity.ActiveVersionId is not null)
            .Select(entry => (Function: entry, VersionId: entry.Entity.ActiveVersionId!.Value))
            .ToList();
        foreach (var (function, _) in deferred)
        {
            function.Property(f => f.ActiveVersionId).CurrentValue = null;
        }

        return deferred;
    }

    public static void Restore(IReadOnlyList<(EntityEntry<Function> Function, Guid VersionId)> deferred)
    {
        foreach (var (function, versionId) in deferred)
        {
            function.Property(f => f.ActiveVersionId).CurrentValue = versionId;
        }
    }
}
