using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Application.Functions.Common;
using Invoke.Domain.Functions;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Functions.Upload;

/// <summary>The steps shared by the use cases that create a function together with its first, active version.</summary>
public static class NewFunctions
{
    public const string ProjectNotFoundMessage = "Project not found";

    /// <summary>The caller is a member of an existing project in which <paramref name="name"/> is free.</summary>
    /// <param name="nameTaken">The route's 409 message for a name already used in the project.</param>
    public static async Task EnsureCanCreateAsync(
        this IApplicationDbContext db,
        IProjectAccess projectAccess,
        Guid projectId,
        string name,
        string nameTaken,
        CancellationToken cancellationToken)
    {
        await projectAccess.EnsureMemberAsync(projectId, cancellationToken);
        if (!await db.Projects.AnyAsync(p => p.Id == projectId, cancellationToken))
        {
            throw new NotFoundException(ProjectNotFoundMessage);
        }

        try
        {
            await db.Functions.EnsureNameIsFreeAsync(projectId, name, exceptFunctionId: null, cancellationToken);
        }
        catch (ConflictException)
        {
            throw new ConflictException(nameTaken);
        }
    }

    /// <summary>Adds <paramref name="package"/> as version 1 and makes the function run it.</summary>
    public static FunctionVersion DeployFirstVersion(this Function function, byte[] package, int deployedBy)
    {
        var version = function.AddVersion(package, deployedBy);
        function.ActivateVersion(version.Id);
        function.Activate();
        return version;
    }

    /// <summary>Inserts the function, its version and the package bytes in one transaction.</summary>
    /// <param name="nameTaken">The 409 message when a concurrent request took the name since the check.</param>
    public static async Task SaveNewAsync(
        this IApplicationDbContext db, Function function, string nameTaken, CancellationToken cancellationToken)
    {
        db.Functions.Add(function);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConflictException)
        {
            throw new ConflictException(nameTaken);
        }
    }
}
