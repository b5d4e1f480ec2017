using System.Text.Json;
using Invoke.Domain.ApiGateway;

namespace Invoke.Application.ApiGateway.Common;

/// <summary>
/// The shapes an auth method's <c>config</c> must have (admin-api.md §8.7, same messages, first failure wins), and the
/// JWT modes and their key sources.
/// </summary>
public static class AuthMethodConfigRules
{
    public const string TypeMessage = "type must be basic_auth, bearer_jwt, api_key, or middleware";
    public const string FixedSecret = "fixed_secret";
    public const string Microsoft = "microsoft";
    public const string Google = "google";
    public const string GitHub = "github";
    public const string JwksEndpoint = "jwks_endpoint";
    public const string OidcDiscovery = "oidc_discovery";

    public static IReadOnlyList<string> JwtModes { get; } = [FixedSecret, Microsoft, Google, GitHub, JwksEndpoint, OidcDiscovery];

    /// <returns>Why the config is refused, without the <c>Invalid config: </c> prefix; null when it is valid.</returns>
    public static string? Problem(string type, JsonElement config)
    {
        if (config.ValueKind != JsonValueKind.Object)
        {
            return "config must be an object";
        }

        return type switch
        {
            AuthMethodType.BasicAuth => BasicAuthProblem(config),
            AuthMethodType.BearerJwt => BearerJwtProblem(config),
            AuthMethodType.ApiKey => ApiKeyProblem(config),
            AuthMethodType.Middleware => NonBlank(config, "functionId") ? null : "middleware config requires a non-empty functionId string",
            _ => $"unknown type: {type}",
        };
    }

    /// <summary>What the admin should know about a valid config: it accepts more callers than it seems to.</summary>
    public static IReadOnlyList<string> Warnings(string type, string configJson)
    {
        if (type != AuthMethodType.BearerJwt)
        {
            return [];
        }

        using var document = JsonDocument.Parse(configJson);
        var config = document.RootElement;
        var mode = Text(config, "jwtMode") ?? FixedSecret;
        var warnings = new List<string>();
        if (mode is Microsoft or Google or GitHub && !NonBlank(config, "audience"))
        {
            warnings.Add($"Without an audience, {mode} mode accepts any token that {mode} issues, for any application or repository.");
        }

        foreach (var member in new[] { "jwksUrl", "oidcUrl" })
        {
            if (Text(config, member) is { } url && url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            {
                warnings.Add($"{member} uses plain http: anyone on the network path can substitute the signing keys.");
            }
        }

        return warnings;
    }

    public static string? Text(JsonElement config, string member) =>
        config.ValueKind == JsonValueKind.Object && config.TryGetProperty(member, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static bool NonBlank(JsonElement config, string member) => !string.IsNullOrWhiteSpace(Text(config, member));

    private static string? BasicAuthProblem(JsonElement config)
    {
        if (!config.TryGetProperty("credentials", out var credentials) || credentials.ValueKind != JsonValueKind.Array)
        {
            return "basic_auth config requires credentials array";
        }

        foreach (var credential in credentials.EnumerateArray())
        {
            if (Text(credential, "username") is not { Length: > 0 })
            {
                return "each credential must have a username";
            }

            if (Text(credential, "password") is not { Length: > 0 })
            {
                return "each credential must have a password";
            }
        }

        return config.TryGetProperty("realm", out var realm) && realm.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)
            ? "realm must be a string"
            : null;
    }

    private static string? BearerJwtProblem(JsonElement config)
    {
        if (!config.TryGetProperty("jwtMode", out var modeElement))
        {
            return "bearer_jwt config requires jwtMode";
        }

        var mode = modeElement.ValueKind == JsonValueKind.String ? modeElement.GetString() : null;
        if (mode is null || !JwtModes.Contains(mode))
        {
            return $"jwtMode must be one of: {string.Join(", ", JwtModes)}";
        }

        var problem = mode switch
        {
            FixedSecret when Text(config, "jwtSecret") is not { Length: > 0 } => "fixed_secret mode requires a non-empty jwtSecret string",
            Microsoft when !NonBlank(config, "tenantId") => "microsoft mode requires a non-empty tenantId string",
            JwksEndpoint => UrlProblem(config, "jwksUrl", "jwks_endpoint"),
            OidcDiscovery => UrlProblem(config, "oidcUrl", "oidc_discovery"),
            _ => null,
        };
        if (problem is not null)
        {
            return problem;
        }

        foreach (var member in new[] { "audience", "issuer" })
        {
            if (config.TryGetProperty(member, out var value) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                return $"{member} must be a string";
            }
        }

        return null;
    }

    private static string? UrlProblem(JsonElement config, string member, string mode)
    {
        if (!NonBlank(config, member))
        {
            return $"{mode} mode requires {member}";
        }

        return Uri.TryCreate(Text(config, member), UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? null
            : $"{member} must be a valid URL";
    }

    private static string? ApiKeyProblem(JsonElement config)
    {
        if (!config.TryGetProperty("apiKeys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return "api_key config requires apiKeys array";
        }

        return keys.EnumerateArray().All(key => key.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(key.GetString()))
            ? null
            : "each apiKey must be a non-empty string";
    }
}
