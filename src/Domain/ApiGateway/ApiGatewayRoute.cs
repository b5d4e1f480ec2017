using Invoke.Domain.Common;

namespace Invoke.Domain.ApiGateway;

/// <summary>
/// Maps a path on a project's gateway to a function. Owns its CORS settings and its ordered auth methods;
/// load both before changing them.
/// </summary>
public sealed class ApiGatewayRoute
{
    public const int RoutePathMaxLength = 500;
    public const int MaxRateLimitWindowSeconds = 86400;

    private readonly List<ApiGatewayRouteAuthMethod> _authMethods = [];

    private ApiGatewayRoute()
    {
    }

    public Guid Id { get; private set; }

    public Guid GatewayConfigId { get; private set; }

    /// <summary>Starts with '/'; may hold <c>:name</c> parameters.</summary>
    public string RoutePath { get; private set; } = null!;

    /// <summary>Null when the function was deleted (or none was chosen yet).</summary>
    public Guid? FunctionId { get; private set; }

    /// <summary>Upper-case HTTP method names, without duplicates.</summary>
    public string[] AllowedMethods { get; private set; } = [];

    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; }

    public DateTime? CreatedAt { get; private set; }

    public DateTime? UpdatedAt { get; private set; }

    public string AuthLogic { get; private set; } = null!;

    /// <summary>Requests allowed per <see cref="RateLimitWindowSeconds"/> and client (an Invoke extension); null: unlimited.</summary>
    public int? RateLimitRequests { get; private set; }

    public int? RateLimitWindowSeconds { get; private set; }

    /// <summary>Null only for routes created without settings by the original platform.</summary>
    public ApiGatewayRouteSettings? Settings { get; private set; }

    public IReadOnlyList<ApiGatewayRouteAuthMethod> AuthMethods =>
        _authMethods.OrderBy(link => link.SortOrder).ToList().AsReadOnly();

    /// <param name="allowedMethods">Defaults to <see cref="RouteHttpMethod.Defaults"/>.</param>
    public static ApiGatewayRoute Create(
        Guid gatewayConfigId,
        string routePath,
        Guid? functionId,
        int sortOrder,
        IEnumerable<string>? allowedMethods = null,
        string authLogic = RouteAuthLogic.Or)
    {
        var id = Guid.CreateVersion7();
        var route = new ApiGatewayRoute
        {
            Id = id,
            GatewayConfigId = gatewayConfigId,
            SortOrder = sortOrder,
            Settings = ApiGatewayRouteSettings.CreateDefault(id),
        };
        route.Update(routePath, functionId, allowedMethods ?? RouteHttpMethod.Defaults, isActive: true, authLogic);
        return route;
    }

    public void Update(string routePath, Guid? functionId, IEnumerable<string> allowedMethods, bool isActive, string authLogic)
    {
        RoutePath = ValidPath(routePath);
        FunctionId = functionId;
        AllowedMethods = ValidMethods(allowedMethods);
        IsActive = isActive;
        AuthLogic = Ensure.OneOf(authLogic, "auth_logic", RouteAuthLogic.All);
    }

    public void MoveTo(int sortOrder) => SortOrder = sortOrder;

    /// <summary>Both null removes the limit; otherwise both must be positive.</summary>
    public void LimitRate(int? requests, int? windowSeconds)
    {
        if (requests is null && windowSeconds is null)
        {
            RateLimitRequests = null;
            RateLimitWindowSeconds = null;
            return;
        }

        RateLimitRequests = requests is > 0
            ? requests
            : throw new InvalidValueException("rate_limit_requests", "rate_limit_requests must be a positive number");
        RateLimitWindowSeconds = windowSeconds is > 0 and <= MaxRateLimitWindowSeconds
            ? windowSeconds
            : throw new InvalidValueException(
                "rate_limit_window_seconds", $"rate_limit_window_seconds must be between 1 and {MaxRateLimitWindowSeconds}");
    }

    public void ConfigureCors(
        bool enabled,
        IEnumerable<string> allowedOrigins,
        IEnumerable<string> allowedHeaders,
        IEnumerable<string> exposeHeaders,
        int maxAge,
        bool allowCredentials)
    {
        Settings ??= ApiGatewayRouteSettings.CreateDefault(Id);
        Settings.Configure(enabled, allowedOrigins, allowedHeaders, exposeHeaders, maxAge, allowCredentials);
    }

    /// <summary>Replaces the route's auth methods; the gateway tries them in the given order.</summary>
    public void SetAuthMethods(IReadOnlyList<Guid> authMethodIds)
    {
        if (authMethodIds.Distinct().Count() != authMethodIds.Count)
        {
            throw new InvalidValueException("auth_method_id", "an auth method may be linked to a route only once");
        }

        _authMethods.RemoveAll(link => !authMethodIds.Contains(link.AuthMethodId));
        for (var position = 0; position < authMethodIds.Count; position++)
        {
            var existing = _authMethods.Find(link => link.AuthMethodId == authMethodIds[position]);
            if (existing is null)
            {
                _authMethods.Add(ApiGatewayRouteAuthMethod.Create(Id, authMethodIds[position], position));
            }
            else
            {
                existing.MoveTo(position);
            }
        }
    }

    private static string ValidPath(string routePath)
    {
        var path = Ensure.Required(routePath, "route_path", RoutePathMaxLength);
        if (!path.StartsWith('/'))
        {
            throw new InvalidValueException("route_path", "route_path must start with '/'");
        }

        try
        {
            RoutePattern.Parse(path);
        }
        catch (RoutePatternException exception)
        {
            throw new InvalidValueException("route_path", $"route_path is not a valid path pattern: {exception.Message}");
        }

        return path;
    }

    private static string[] ValidMethods(IEnumerable<string> allowedMethods)
    {
        string[] methods = [.. allowedMethods.Select(method => method?.Trim().ToUpperInvariant() ?? string.Empty).Distinct()];
        if (methods.Length == 0 || methods.Any(method => !RouteHttpMethod.All.Contains(method)))
        {
            throw new InvalidValueException(
                "allowed_methods",
                $"allowed_methods must be a non-empty list of: {string.Join(", ", RouteHttpMethod.All)}");
        }

        return methods;
    }
}
