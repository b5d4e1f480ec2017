using Invoke.Domain.Common;

namespace Invoke.Domain.ApiGateway;

/// <summary>A route's CORS settings.</summary>
public sealed class ApiGatewayRouteSettings
{
    public const int DefaultCorsMaxAge = 86400;

    private ApiGatewayRouteSettings()
    {
    }

    public Guid Id { get; private set; }

    public Guid RouteId { get; private set; }

    public bool CorsEnabled { get; private set; }

    public string[] CorsAllowedOrigins { get; private set; } = [];

    public string[] CorsAllowedHeaders { get; private set; } = [];

    public string[] CorsExposeHeaders { get; private set; } = [];

    /// <summary>Seconds a browser may cache a preflight response.</summary>
    public int CorsMaxAge { get; private set; }

    public bool CorsAllowCredentials { get; private set; }

    public DateTime? CreatedAt { get; private set; }

    public DateTime? UpdatedAt { get; private set; }

    internal static ApiGatewayRouteSettings CreateDefault(Guid routeId) =>
        new() { Id = Guid.CreateVersion7(), RouteId = routeId, CorsMaxAge = DefaultCorsMaxAge };

    internal void Configure(
        bool enabled,
        IEnumerable<string> allowedOrigins,
        IEnumerable<string> allowedHeaders,
        IEnumerable<string> exposeHeaders,
        int maxAge,
        bool allowCredentials)
    {
        string[] origins = [.. allowedOrigins.Select(origin => origin.Trim()).Where(origin => origin.Length > 0)];
        if (allowCredentials && (origins.Length == 0 || origins.Contains("*")))
        {
            // Browsers refuse credentials with "Access-Control-Allow-Origin: *", and echoing any origin instead would
            // let every site read the caller's authenticated responses.
            throw new InvalidValueException(
                "cors_allow_credentials", "allowCredentials needs an explicit list of allowedOrigins, not * or an empty list");
        }

        CorsMaxAge = maxAge >= 0 ? maxAge : throw new InvalidValueException("cors_max_age", "cors_max_age must not be negative");
        CorsEnabled = enabled;
        CorsAllowedOrigins = origins;
        CorsAllowedHeaders = [.. allowedHeaders];
        CorsExposeHeaders = [.. exposeHeaders];
        CorsAllowCredentials = allowCredentials;
    }
}
