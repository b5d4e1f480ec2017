using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Users.Commands;

internal static class UniqueUserFields
{
    public const string Taken = "Username or email already exists";

    public static async Task EnsureFreeAsync(
        IApplicationDbContext context, string? username, string? email, int? exceptUserId, CancellationToken cancellationToken)
    {
        if (await context.Users.AnyAsync(
                u => u.Id != exceptUserId && (u.Username == username || u.Email == email), cancellationToken))
        {
            throw new BadRequestException(Taken);
        }
    }

    /// <summary>Saves, turning a concurrent request's duplicate (caught by the unique constraints) into the same 400.</summary>
    public static async Task SaveAsync(IApplicationDbContext context, CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (ConflictException)
        {
            throw new BadRequestException(Taken);
        }
    }
}
