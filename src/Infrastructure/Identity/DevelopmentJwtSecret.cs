using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Invoke.Infrastructure.Identity;

internal static class DevelopmentJwtSecret
{
    /// <summary>
    /// A random secret when the host runs in Development, so a developer can start the API without configuring one;
    /// otherwise empty, which fails validation. Tokens signed with it die with the process.
    /// </summary>
    public static string CreateIfDevelopment(IServiceProvider provider)
    {
        if (provider.GetService<IHostEnvironment>()?.IsDevelopment() != true)
        {
            return string.Empty;
        }

        provider.GetService<ILoggerFactory>()?.CreateLogger(typeof(DevelopmentJwtSecret).FullName!).LogWarning(
            "{Key} is not set: session tokens are signed with a random secret and stop working when the API restarts",
            JwtOptions.SecretKey);
        return Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(JwtOptions.MinimumSecretLength));
    }
}
