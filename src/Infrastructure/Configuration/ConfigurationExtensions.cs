using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Invoke.Infrastructure.Configuration;

public static class ConfigurationExtensions
{
    /// <summary>Reads a TCP port such as <c>DB_PORT</c> or <c>ADMIN_PORT</c>; a bad value stops startup with its name.</summary>
    public static int GetPort(this IConfiguration configuration, string key, int defaultPort)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return defaultPort;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535)
        {
            return port;
        }

        throw new InvalidOperationException($"{key} must be a TCP port number between 1 and 65535, not '{value}'.");
    }

    /// <summary>The value of <paramref name="key"/>, or <paramref name="defaultValue"/> when it is missing or blank.</summary>
    public static string GetValueOrDefault(this IConfiguration configuration, string key, string defaultValue)
    {
        var value = configuration[key];
        return string.IsNullOrWhiteSpace(value) ? defaultValue : value;
    }
}
