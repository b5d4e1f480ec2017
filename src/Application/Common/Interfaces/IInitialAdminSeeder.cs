using Invoke.Application.Common.Models;

namespace Invoke.Application.Common.Interfaces;

/// <summary>Creates the first administrator on a database without users.</summary>
public interface IInitialAdminSeeder
{
    /// <returns>The new administrator's credentials, or null when a user already existed.</returns>
    Task<InitialAdminCredentials?> EnsureInitialAdminAsync(CancellationToken cancellationToken);
}
