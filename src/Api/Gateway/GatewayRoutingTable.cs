using System.Collections.Frozen;
using System.Text.Json;
using Invoke.Application.Runtime.Queries.GetGatewayRoutes;
using Invoke.Domain.ApiGateway;

namespace Invoke.Api.Gateway;

/// <summary>
/// The gateway's routes compiled once per change of the configuration: projects by normalised custom domain and by
/// slug, each with its routes in matching order, their patterns, methods, CORS rules and parsed auth methods. A
/// request only reads it.
/// </summary>
internal sealed class GatewayRoutingTable
{
    private GatewayRoutingTable(
        GatewayRoutesDto source, string? defaultDomain, FrozenDictionary<string, GatewayProject> byDomain,
        FrozenDictionary<string, GatewayProject> bySlug, int routeCount, IReadOnlyList<string> skipped)
    {
        Source = source;
        DefaultDomain = defaultDomain;
        ByDomain = byDomain;
        BySlug = bySlug;
        RouteCount = routeCount;
        Skipped = skipped;
    }

    /// <summary>What it was compiled from: a new instance from the query cache means the configuration changed.</summary>
    public GatewayRoutesDto Source { get; }

    public string? DefaultDomain { get; }

    public FrozenDictionary<string, GatewayProject> ByDomain { get; }

    public FrozenDictionary<string, GatewayProject> BySlug { get; }

    public int ProjectCount => BySlug.Count;

    public int RouteCount { get; }

    /// <summary>Routes whose stored path does not compile (written before Invoke checked them), with the reason.</summary>
    public IReadOnlyList<string> Skipped { get; }

    public static GatewayRoutingTable Compile(GatewayRoutesDto source, Func<GatewayRouteDto, GatewayRateLimiter?> limiterFor)
    {
        var byDomain = new Dictionary<string, GatewayProject>(StringComparer.Ordinal);
        var bySlug = new Dictionary<string, GatewayProject>(StringComparer.Ordinal);
        var skipped = new List<string>();
        var routeCount = 0;
        foreach (var project in source.Projects)
        {
            var routes = new List<GatewayRoute>(project.Routes.Count);
            foreach (var route in project.Routes)
            {
                try
                {
                    routes.Add(new GatewayRoute(route, RoutePattern.Compile(route.RoutePath), limiterFor(route)));
                }
                catch (RoutePatternException exception)
                {
                    skipped.Add($"{route.RouteId} {route.RoutePath}: {exception.Message}");
                }
            }

            routeCount += routes.Count;
            var compiled = new GatewayProject(project.ProjectId, [.. routes]);
            if (ApiGatewayConfig.NormaliseDomain(project.CustomDomain) is { } domain)
            {
                byDomain.TryAdd(domain, compiled);
            }

            if (project.Slug is { Length: > 0 } slug)
            {
                bySlug.TryAdd(slug, compiled);
            }
        }

        return new GatewayRoutingTable(
            source, ApiGatewayConfig.NormaliseDomain(source.DefaultDomain), byDomain.ToFrozenDictionary(StringComparer.Ordinal),
            bySlug.ToFrozenDictionary(StringComparer.Ordinal), routeCount, skipped);
    }
}

internal sealed record GatewayProject(Guid ProjectId, GatewayRoute[] Routes);

/// <summary>One route, ready to serve.</summary>
internal sealed class GatewayRoute
{
    public GatewayRoute(GatewayRouteDto route, RoutePattern pattern, GatewayRateLimiter? limiter)
    {
        RouteId = route.RouteId;
        FunctionId = route.FunctionId;
        Pattern = pattern;
        Methods = route.AllowedMethods.ToFrozenSet(StringComparer.Ordinal);
        Allow = string.Join(", ", route.AllowedMethods);
        RequireAll = route.AuthLogic == RouteAuthLogic.And;
        Cors = route.Cors is { Enabled: true } cors ? new CorsPolicy(cors, route.AllowedMethods) : null;
        AuthMethods = [.. route.AuthMethods.Select(GatewayAuthMethod.From)];
        ConsumesApiKey = AuthMethods.Any(m => m.Type == AuthMethodType.ApiKey);
        ConsumesAuthorization = AuthMethods.Any(m => m.Type is AuthMethodType.BasicAuth or AuthMethodType.BearerJwt or AuthMethodType.ApiKey);
        Limiter = limiter;
    }

    /// <summary>An API-key method reads <c>x-api-key</c> and the key query parameters, which the function then does not get.</summary>
    public bool ConsumesApiKey { get; }

    /// <summary>A method reads <c>Authorization</c>, which the function then does not get.</summary>
    public bool ConsumesAuthorization { get; }

    public Guid RouteId { get; }

    public Guid? FunctionId { get; }

    public RoutePattern Pattern { get; }

    public FrozenSet<string> Methods { get; }

    /// <summary>The <c>Allow</c> header of a 405.</summary>
    public string Allow { get; }

    /// <summary>AND rather than OR.</summary>
    public bool RequireAll { get; }

    /// <summary>Null when the route leaves CORS to its function.</summary>
    public CorsPolicy? Cors { get; }

    public GatewayAuthMethod[] AuthMethods { get; }

    public GatewayRateLimiter? Limiter { get; }
}

/// <summary>An auth method's config parsed once; only the members its type uses are set.</summary>
internal sealed record GatewayAuthMethod(
    string Name,
    string Type,
    string Config,
    string? Realm,
    (string User, string Password)[]? Credentials,
    string[]? ApiKeys,
    Guid? MiddlewareFunctionId)
{
    public static GatewayAuthMethod From(GatewayAuthMethodDto method)
    {
        using var document = JsonDocument.Parse(method.Config);
        var config = document.RootElement;
        string? realm = null;
        (string User, string Password)[]? credentials = null;
        string[]? keys = null;
        Guid? middleware = null;
        switch (method.Type)
        {
            case AuthMethodType.BasicAuth:
                realm = Text(config, "realm");
                credentials = [.. Array(config, "credentials")
                    .Where(c => Text(c, "username") is not null && Text(c, "password") is not null)
                    .Select(c => (Text(c, "username")!, Text(c, "password")!))];
                break;
            case AuthMethodType.ApiKey:
                keys = [.. Array(config, "apiKeys").Where(k => k.ValueKind == JsonValueKind.String).Select(k => k.GetString()!)];
                break;
            case AuthMethodType.Middleware:
                middleware = Guid.TryParse(Text(config, "functionId"), out var id) ? id : null;
                break;
        }

        return new GatewayAuthMethod(method.Name, method.Type, method.Config, realm, credentials, keys, middleware);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select(item => item.Clone())]
            : [];
}
