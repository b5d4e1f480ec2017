using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Models;
using Invoke.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Infrastructure.Persistence.Seeding;

/// <summary>
/// Creates <c>admin</c> / <c>admin@invoke.local</c> with a random password when the database has no user.
/// Safe when several instances start at once: the unique username decides which one creates it.
/// </summary>
internal sealed class InitialAdminSeeder(InvokeDbContext context) : IInitialAdminSeeder
{
    public const string Username = "admin";
    public const string Email = "admin@invoke.local";

    // The original hashes with cost 10. Cost 12 is four times the work for a guesser; logins are rare (a
    // session lasts days, the CLI uses API keys), and $2b$ hashes of either cost verify on both platforms.
    public const int BcryptWorkFactor = 12;

    public async Task<InitialAdminCredentials?> EnsureInitialAdminAsync(CancellationToken cancellationToken)
    {
        if (await context.Users.AnyAsync(cancellationToken))
        {
            return null;
        }

        var password = AdminPassword.Generate();
        var hash = BCrypt.Net.BCrypt.HashPassword(password, BCrypt.Net.BCrypt.GenerateSalt(BcryptWorkFactor, 'b'));
        var admin = User.Create(Username, Email, hash, isAdmin: true);
        context.Users.Add(admin);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (ConflictException)
        {
            // Another instance created the admin between our check and our insert.
            context.Entry(admin).State = EntityState.Detached;
            return null;
        }

        return new InitialAdminCredentials(Username, Email, password);
    }
}
