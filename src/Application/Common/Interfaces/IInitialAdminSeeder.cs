using Invoke.Application.Common.Models;

namespace Invoke.Application.Common.Interfaces;

/// <summary>
/// Creates the first administrator when no user exists yet. Called once at startup, after the migrations.
/// </summary>
public interface IInitialAdminSeeder
{
    /// <returns>The new administrator's credentials, or <c>null</c> when a user already existed.</returns>
    Task<InitialAdminCredentials?> EnsureInitialAdminAsync(CancellationToken cancellationToken);
}
