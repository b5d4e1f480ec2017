using System.Collections.Frozen;
using System.Text;
using Invoke.Api.Execution;
using Invoke.Api.Security;
using Invoke.Application.Runtime.Commands.InvokeFunction;
using Invoke.Application.Runtime.Execution;
using Invoke.Application.Runtime.Queries.GetExecutionLimits;
using Invoke.Domain.ApiGateway;
using MediatR;
using Microsoft.AspNetCore.Http.Features;

namespace Invoke.Api.Gateway;

/// <summary>
/// A request on the gateway port, runtime.md §1: the project from the host (custom domain, then the default domain
/// and the slug), the first matching route, the method check, CORS, the rate limit, auth, then the function run
/// in-process through <see cref="InvokeFunctionCommand"/>. What the function returns goes back as it is; a redirect is
/// the client's to follow.
/// </summary>
internal sealed class GatewayHttp(GatewayRouter router, GatewayAuthenticator authenticator, InvocationHttp invocations, ILogger<GatewayHttp> logger)
{
    public const string NoRouteMatched = "No route matched";
    public const string NoUpstreamFunction = "No upstream function configured for this route";
    public const string Unauthorized = "Unauthorized";
    public const string GatewayTimeout = "Gateway timeout";
    public const string TooManyRequests = "Too many requests";
    public const string MalformedPath = "Malformed percent-encoding in the path";
    public const string Unavailable = "Gateway unavailable, please retry";

    /// <summary>The gateway outlives the function's own deadline by this much, so a slow function answers 504 itself.</summary>
    public static readonly TimeSpan DeadlineMargin = TimeSpan.FromSeconds(5);

    /// <summary>Headers the gateway sets itself, hop-by-hop headers, and the identity headers only it may set.</summary>
    private static readonly FrozenSet<string> DroppedRequestHeaders = new[]
    {
        "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-real-ip", "x-invoke-data", "x-gateway-request",
        "connection", "transfer-encoding", "te", "trailer", "upgrade", "keep-alive",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public async Task HandleAsync(HttpContext http)
    {
        var mediator = http.RequestServices.GetRequiredService<IMediator>();
        GatewayRoutingTable table;
        try
        {
            table = await router.TableAsync(mediator, http.RequestAborted);
        }
        catch (Exception exception) when (!http.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(exception, "The gateway's routing table could not be read");
            await ExecutionReplies.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, Unavailable);
            return;
        }

        var rawPath = RawPath(http);
        if (Resolve(table, http.Request, rawPath) is not var (project, pathToMatch))
        {
            await ExecutionReplies.WriteAsync(http, StatusCodes.Status404NotFound, NoRouteMatched);
            return;
        }

        GatewayRoute? route = null;
        RouteMatch? match = null;
        try
        {
            foreach (var candidate in project.Routes)
            {
                if ((match = candidate.Pattern.Match(pathToMatch)) is not null)
                {
                    route = candidate;
                    break;
                }
            }
        }
        catch (MalformedPathEncodingException)
        {
            await ExecutionReplies.WriteAsync(http, StatusCodes.Status400BadRequest, MalformedPath);
            return;
        }

        if (route is null)
        {
            await ExecutionReplies.WriteAsync(http, StatusCodes.Status404NotFound, NoRouteMatched);
            return;
        }

        var method = http.Request.Method;
        if (!HttpMethods.IsOptions(method) && !route.Methods.Contains(method))
        {
            http.Response.Headers.Allow = route.Allow;
            await ExecutionReplies.WriteAsync(http, StatusCodes.Status405MethodNotAllowed, $"Method {method} not allowed. Allowed: {route.Allow}");
            return;
        }

        if (route.Cors is { } cors)
        {
            if (CorsPolicy.IsPreflight(http.Request))
            {
                cors.AnswerPreflight(http.Request, http.Response);
                return;
            }

            cors.Apply(http.Request, http.Response);
        }

        var client = ClientAddress.Of(http);
        if (route.Limiter?.TryAcquire(client ?? "") is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await ExecutionReplies.WriteAsync(http, StatusCodes.Status429TooManyRequests, TooManyRequests);
            return;
        }

        var (passed, identity, realm) = await authenticator.AuthenticateAsync(http, project, route);
        if (!passed)
        {
            if (realm is not null)
            {
                http.Response.Headers.WWWAuthenticate = $"Basic realm=\"{realm.Replace("\"", "", StringComparison.Ordinal)}\"";
            }

            await ExecutionReplies.WriteAsync(http, StatusCodes.Status401Unauthorized, Unauthorized);
            return;
        }

        if (route.FunctionId is not { } functionId)
        {
            await ExecutionReplies.WriteAsync(http, StatusCodes.Status502BadGateway, NoUpstreamFunction);
            return;
        }

        await DispatchAsync(http, mediator, route, functionId, pathToMatch[match!.Length..], match.Parameters, identity, client);
    }

    private async Task DispatchAsync(
        HttpContext http, IMediator mediator, GatewayRoute route, Guid functionId, string suffix,
        IReadOnlyList<KeyValuePair<string, string>> parameters, GatewayIdentity? identity, string? client)
    {
        var body = await invocations.ReadBodyAsync(http);
        if (body is null)
        {
            await ExecutionReplies.WriteAsync(http, StatusCodes.Status413PayloadTooLarge, "Request body too large");
            return;
        }

        if (InvocationHttp.IsJson(http.Request.ContentType) && body.Length > 0 && !InvocationHttp.IsValidJson(body))
        {
            await ExecutionReplies.WriteAsync(http, StatusCodes.Status400BadRequest, ExecutionReplies.InvalidJsonBody);
            return;
        }

        var limits = await mediator.Send(new GetExecutionLimitsQuery(functionId), http.RequestAborted);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(limits.Timeout + DeadlineMargin);
        var request = ToInvocationRequest(http, route, functionId, suffix, parameters, identity, client, body);
        InvocationResult result;
        try
        {
            result = await mediator.Send(new InvokeFunctionCommand(functionId, request, null, InvocationSource.Gateway), deadline.Token);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (OperationCanceledException)
        {
            await ExecutionReplies.WriteAsync(http, StatusCodes.Status504GatewayTimeout, GatewayTimeout);
            return;
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Gateway dispatch to function {FunctionId} failed before its code ran", functionId);
            await ExecutionReplies.WriteAsync(http, StatusCodes.Status502BadGateway, "Gateway error");
            return;
        }

        switch (result.Outcome)
        {
            case InvocationOutcome.Executed:
                await InvocationHttp.WriteResponseAsync(http, result.Response!, keepCorsHeaders: route.Cors is null);
                return;
            case InvocationOutcome.Overloaded:
                http.Response.Headers.RetryAfter = "1";
                await ExecutionReplies.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, ExecutionReplies.Overloaded);
                return;
            default:
                // Deactivated (or without a version) since the routing table was read: not routable.
                await ExecutionReplies.WriteAsync(http, StatusCodes.Status404NotFound, NoRouteMatched);
                return;
        }
    }

    /// <returns>The project and the part of the raw path its routes match, or null when no project is addressed.</returns>
    private static (GatewayProject Project, string Path)? Resolve(GatewayRoutingTable table, HttpRequest request, string rawPath)
    {
        var host = ApiGatewayConfig.NormaliseDomain(request.Host.Value);
        if (host is null)
        {
            return null;
        }

        if (table.ByDomain.TryGetValue(host, out var project))
        {
            return (project, rawPath);
        }

        if (table.DefaultDomain is null || host != table.DefaultDomain)
        {
            return null;
        }

        var segments = rawPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length > 0 && table.BySlug.TryGetValue(segments[0], out project)
            ? (project, "/" + string.Join('/', segments.Skip(1)))
            : null;
    }

    /// <summary>The path as the client sent it, still percent-encoded (ASP.NET Core's <c>Path</c> is decoded).</summary>
    private static string RawPath(HttpContext http)
    {
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(target) || target[0] != '/')
        {
            return http.Request.Path.Value ?? "/";
        }

        var query = target.IndexOf('?');
        return query < 0 ? target : target[..query];
    }

    private static InvocationRequest ToInvocationRequest(
        HttpContext http, GatewayRoute route, Guid functionId, string suffix, IReadOnlyList<KeyValuePair<string, string>> parameters,
        GatewayIdentity? identity, string? client, byte[] body)
    {
        var request = http.Request;
        var consumesApiKey = route.ConsumesApiKey;
        var consumesAuthorization = route.ConsumesAuthorization;
        var headers = new List<KeyValuePair<string, string>>(request.Headers.Count + 8);
        foreach (var (name, values) in request.Headers)
        {
            if (DroppedRequestHeaders.Contains(name)
                || name.StartsWith("x-invoke-", StringComparison.OrdinalIgnoreCase)
                || (consumesAuthorization && name.Equals("authorization", StringComparison.OrdinalIgnoreCase))
                || (consumesApiKey && name.Equals("x-api-key", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var lower = name.ToLowerInvariant();
            foreach (var value in values)
            {
                headers.Add(new(lower, value ?? ""));
            }
        }

        var address = client ?? "";
        headers.Add(new("x-forwarded-for", address));
        headers.Add(new("x-real-ip", address));
        headers.Add(new("x-forwarded-host", request.Host.Value ?? ""));
        headers.Add(new("x-forwarded-proto", request.Scheme));
        headers.Add(new("x-gateway-request", "1"));
        if (identity is not null)
        {
            headers.Add(new("x-invoke-auth-method", identity.Method));
            headers.Add(new("x-invoke-auth-type", identity.Type));
            if (identity.Subject is { } subject)
            {
                headers.Add(new("x-invoke-auth-subject", subject));
            }

            if (identity.Claims is { } claims)
            {
                headers.Add(new("x-invoke-auth-claims", claims));
            }
        }

        return new InvocationRequest(
            request.Method,
            suffix.StartsWith('/') ? suffix : "/" + suffix,
            Query(request.QueryString.Value, parameters, consumesApiKey),
            request.Scheme,
            request.Host.Host,
            client,
            headers,
            body,
            new Dictionary<string, string> { ["functionId"] = functionId.ToString() });
    }

    private static bool IsParameter(IReadOnlyList<KeyValuePair<string, string>> parameters, string name)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            if (parameters[i].Key == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The raw query with the route's parameters set (they replace same-named query parameters, as in the original)
    /// and, on a route that checks API keys, without the key parameters.
    /// </summary>
    private static string Query(string? raw, IReadOnlyList<KeyValuePair<string, string>> parameters, bool dropKeys)
    {
        var query = string.IsNullOrEmpty(raw) || raw == "?" ? "" : raw[1..];
        if (parameters.Count == 0 && !dropKeys)
        {
            return query;
        }

        var kept = new StringBuilder();
        foreach (var part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Uri.UnescapeDataString(part.Split('=', 2)[0].Replace('+', ' '));
            if ((dropKeys && name is "api_key" or "apiKey") || IsParameter(parameters, name))
            {
                continue;
            }

            kept.Append(kept.Length > 0 ? "&" : "").Append(part);
        }

        foreach (var (name, value) in parameters)
        {
            kept.Append(kept.Length > 0 ? "&" : "").Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return kept.ToString();
    }
}
