using Invoke.Application.Common.Models;

namespace Invoke.Infrastructure.Persistence;

internal static class InitialAdminBanner
{
    public static string Format(InitialAdminCredentials credentials)
    {
        var rule = new string('=', 64);
        return string.Join(
            Environment.NewLine,
            rule,
            "  Initial administrator created",
            $"  Username: {credentials.Username}",
            $"  Email:    {credentials.Email}",
            $"  Password: {credentials.Password}",
            "  Save this password! It will not be shown again.",
            rule);
    }
}
