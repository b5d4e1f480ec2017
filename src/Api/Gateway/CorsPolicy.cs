using Invoke.Application.Runtime.Queries.GetGatewayRoutes;
using Invoke.Domain.ApiGateway;
using Microsoft.Extensions.Primitives;

namespace Invoke.Api.Gateway;

/// <summary>
/// A route's CORS rules (runtime.md §1.5 with its defects fixed): an empty list or <c>*</c> allows every origin but
/// never with credentials; a listed origin is echoed with <c>Vary: Origin</c>; any other origin gets no CORS header.
/// Preflights (OPTIONS with <c>Origin</c> and <c>Access-Control-Request-Method</c>) are answered here and offer only the
/// route's methods; a plain OPTIONS is the function's to answer.
/// </summary>
internal sealed class CorsPolicy
{
    private readonly HashSet<string> _origins;
    private readonly bool _anyOrigin;
    private readonly bool _credentials;
    private readonly string? _allowedHeaders;
    private readonly string? _exposeHeaders;
    private readonly string _methods;
    private readonly string _maxAge;

    public CorsPolicy(GatewayCorsDto cors, IReadOnlyList<string> routeMethods)
    {
        _origins = new HashSet<string>(cors.AllowedOrigins.Select(o => o.Trim()).Where(o => o.Length > 0), StringComparer.Ordinal);
        _anyOrigin = _origins.Count == 0 || _origins.Contains("*");
        _credentials = cors.AllowCredentials && !_anyOrigin;
        _allowedHeaders = cors.AllowedHeaders.Count > 0 ? string.Join(", ", cors.AllowedHeaders) : null;
        _exposeHeaders = cors.ExposeHeaders.Count > 0 ? string.Join(", ", cors.ExposeHeaders) : null;
        _methods = string.Join(", ", routeMethods);
        _maxAge = (cors.MaxAge > 0 ? cors.MaxAge : ApiGatewayRouteSettings.DefaultCorsMaxAge).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static bool IsPreflight(HttpRequest request) =>
        HttpMethods.IsOptions(request.Method)
        && request.Headers.Origin.Count > 0
        && request.Headers.AccessControlRequestMethod.Count > 0;

    /// <summary>The headers of an actual response; false when the origin is not allowed.</summary>
    public bool Apply(HttpRequest request, HttpResponse response)
    {
        var origin = request.Headers.Origin.ToString();
        if (_anyOrigin)
        {
            response.Headers.AccessControlAllowOrigin = "*";
        }
        else if (origin.Length > 0 && _origins.Contains(origin))
        {
            response.Headers.AccessControlAllowOrigin = origin;
            response.Headers.Append("Vary", "Origin");
            if (_credentials)
            {
                response.Headers.AccessControlAllowCredentials = "true";
            }
        }
        else
        {
            return false;
        }

        if (_exposeHeaders is not null)
        {
            response.Headers.AccessControlExposeHeaders = _exposeHeaders;
        }

        return true;
    }

    /// <summary>Answers a preflight with 204: with the CORS headers when the origin is allowed, bare otherwise.</summary>
    public void AnswerPreflight(HttpRequest request, HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status204NoContent;
        if (!Apply(request, response))
        {
            return;
        }

        response.Headers.AccessControlAllowMethods = _methods;
        var requested = request.Headers.AccessControlRequestHeaders;
        response.Headers.AccessControlAllowHeaders = _allowedHeaders
            ?? (StringValues.IsNullOrEmpty(requested) ? "Content-Type, Authorization" : requested.ToString());
        response.Headers.AccessControlMaxAge = _maxAge;
    }
}
