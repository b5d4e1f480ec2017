using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Application.Functions.Common;
using Invoke.Domain.Functions;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Functions.Versions;

/// <summary>Reads what the version use cases work on, always checking the caller's access to the function first.</summary>
public static class VersionedFunctions
{
    public const string VersionNotFoundMessage = "Version not found";
    public const string PackageNotFoundMessage = "Package file not found";

    /// <summary>
    /// The tracked function with every version row (never their package bytes), as <see cref="Function.AddVersion"/>
    /// and <see cref="Function.RemoveVersion"/> need them.
    /// </summary>
    public static async Task<Function> GetWithVersionsAsync(
        this IApplicationDbContext db, FunctionAccess access, Guid functionId, CancellationToken cancellationToken)
    {
        var function = await db.Functions.Include(f => f.Versions)
                           .SingleOrDefaultAsync(f => f.Id == functionId, cancellationToken)
                       ?? throw new NotFoundException(FunctionAccess.NotFoundMessage);
        await access.EnsureCanReachAsync(function.ProjectId, IProjectAccess.NotAMemberMessage, cancellationToken);
        return function;
    }

    /// <summary>One version with its package bytes, for reading the package back.</summary>
    /// <exception cref="NotFoundException">No such version of this function, or its bytes are not in the database.</exception>
    public static async Task<StoredPackage> GetStoredPackageAsync(
        this IApplicationDbContext db,
        FunctionAccess access,
        Guid functionId,
        VersionReference version,
        CancellationToken cancellationToken)
    {
        var (versionId, number) = version;
        var stored = await (
                from f in db.Functions.AsNoTracking()
                where f.Id == functionId
                from v in f.Versions
                where versionId != null ? v.Id == versionId : v.Version == number
                join p in db.Projects on f.ProjectId equals (Guid?)p.Id into projects
                from p in projects.DefaultIfEmpty()
                select new StoredPackage(
                    f.Id, f.Name, f.ProjectId, p == null ? null : p.Name, v.Id, v.Version, v.Package == null ? null : v.Package.Content))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(VersionNotFoundMessage);

        await access.EnsureCanReachAsync(stored.ProjectId, IProjectAccess.NotAMemberMessage, cancellationToken);
        // Versions uploaded through the original keep their bytes in its object store, which Invoke does not read.
        return stored.Content is null ? throw new NotFoundException(PackageNotFoundMessage) : stored;
    }
}
