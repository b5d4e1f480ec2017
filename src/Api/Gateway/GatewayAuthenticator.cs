using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Invoke.Application.Runtime.Commands.InvokeFunction;
using Invoke.Application.Runtime.Execution;
using Invoke.Application.Runtime.Gateway;
using Invoke.Application.Runtime.Queries.GetInvocationTarget;
using Invoke.Domain.ApiGateway;
using MediatR;

namespace Invoke.Api.Gateway;

/// <summary>Who passed a route's auth: the method that accepted the caller and what it verified.</summary>
/// <param name="Subject">The basic-auth user, the token's <c>sub</c>, the middleware's <c>identity</c>, or the API-key method's name.</param>
/// <param name="Claims">A verified token's payload as JSON.</param>
internal sealed record GatewayIdentity(string Method, string Type, string? Subject, string? Claims);

/// <summary>
/// A route's auth methods with OR (first success) or AND (every one, stopping at the first failure), runtime.md §1.6.
/// Secrets are compared in constant time. A failure reports the realm of the failing basic-auth method: with OR the
/// first one that has a realm.
/// </summary>
internal sealed class GatewayAuthenticator(IGatewayTokenVerifier tokens, ILogger<GatewayAuthenticator> logger)
{
    private const string BasicPrefix = "Basic ";
    private const string BearerPrefix = "Bearer ";

    public async ValueTask<(bool Passed, GatewayIdentity? Identity, string? Realm)> AuthenticateAsync(
        HttpContext http, GatewayProject project, GatewayRoute route)
    {
        string? realm = null;
        GatewayIdentity? identity = null;
        foreach (var method in route.AuthMethods)
        {
            var accepted = await CheckAsync(http, project, method);
            if (accepted is not null)
            {
                if (!route.RequireAll)
                {
                    return (true, accepted, null);
                }

                identity ??= accepted;
                continue;
            }

            if (route.RequireAll)
            {
                return (false, null, method.Realm);
            }

            realm ??= method.Realm;
        }

        return route.RequireAll || route.AuthMethods.Length == 0 ? (true, identity, null) : (false, null, realm);
    }

    private ValueTask<GatewayIdentity?> CheckAsync(HttpContext http, GatewayProject project, GatewayAuthMethod method) => method.Type switch
    {
        AuthMethodType.BasicAuth => ValueTask.FromResult(CheckBasic(http.Request, method)),
        AuthMethodType.ApiKey => ValueTask.FromResult(CheckApiKey(http.Request, method)),
        AuthMethodType.BearerJwt => CheckTokenAsync(http, method),
        AuthMethodType.Middleware => CheckMiddlewareAsync(http, project, method),
        _ => ValueTask.FromResult<GatewayIdentity?>(null),
    };

    private static GatewayIdentity? CheckBasic(HttpRequest request, GatewayAuthMethod method)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(BasicPrefix, StringComparison.Ordinal) || method.Credentials is not { Length: > 0 } credentials)
        {
            return null;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[BasicPrefix.Length..].Trim()));
        }
        catch (FormatException)
        {
            return null;
        }

        var colon = decoded.IndexOf(':');
        if (colon < 0)
        {
            return null;
        }

        var user = decoded[..colon];
        var password = decoded[(colon + 1)..];
        var matched = false;
        foreach (var credential in credentials)
        {
            matched |= SameSecret(credential.User, user) & SameSecret(credential.Password, password);
        }

        return matched ? new GatewayIdentity(method.Name, method.Type, user, null) : null;
    }

    /// <summary>The key from <c>x-api-key</c>, then <c>?api_key</c>, then <c>?apiKey</c>, then a bearer token.</summary>
    private static GatewayIdentity? CheckApiKey(HttpRequest request, GatewayAuthMethod method)
    {
        var presented = PresentedApiKey(request);
        if (presented is null || method.ApiKeys is not { Length: > 0 } keys)
        {
            return null;
        }

        var matched = false;
        foreach (var key in keys)
        {
            matched |= SameSecret(key, presented);
        }

        return matched ? new GatewayIdentity(method.Name, method.Type, method.Name, null) : null;
    }

    internal static string? PresentedApiKey(HttpRequest request)
    {
        if (request.Headers["x-api-key"].ToString() is { Length: > 0 } header)
        {
            return header;
        }

        foreach (var name in new[] { "api_key", "apiKey" })
        {
            if (request.Query[name].ToString() is { Length: > 0 } value)
            {
                return value;
            }
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(BearerPrefix, StringComparison.Ordinal) ? authorization[BearerPrefix.Length..].Trim() : null;
    }

    private async ValueTask<GatewayIdentity?> CheckTokenAsync(HttpContext http, GatewayAuthMethod method)
    {
        var authorization = http.Request.Headers.Authorization.ToString();
        if (!authorization.StartsWith(BearerPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var verdict = await tokens.VerifyAsync(authorization[BearerPrefix.Length..].Trim(), method.Config, http.RequestAborted);
        if (!verdict.Valid)
        {
            logger.LogDebug("Gateway bearer token refused by {Method}: {Reason}", method.Name, verdict.Failure);
            return null;
        }

        return new GatewayIdentity(method.Name, method.Type, verdict.Subject, verdict.Claims);
    }

    /// <summary>
    /// Runs the middleware function in-process with the request's path, method, query and headers (not its body); it
    /// allows the request by answering JSON with <c>allow: true</c>, and may name the caller in <c>identity</c>. A
    /// function of another project never runs, whatever the stored config says.
    /// </summary>
    private async ValueTask<GatewayIdentity?> CheckMiddlewareAsync(HttpContext http, GatewayProject project, GatewayAuthMethod method)
    {
        if (method.MiddlewareFunctionId is not { } functionId)
        {
            return null;
        }

        var mediator = http.RequestServices.GetRequiredService<IMediator>();
        var target = await mediator.Send(new GetInvocationTargetQuery(functionId), http.RequestAborted);
        if (target?.ProjectId != project.ProjectId)
        {
            logger.LogWarning("Gateway middleware {FunctionId} is not a function of project {ProjectId}", functionId, project.ProjectId);
            return null;
        }

        var request = http.Request;
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["method"] = request.Method,
            ["path"] = request.Path.Value ?? "/",
            ["query"] = request.Query.ToDictionary(q => q.Key, q => q.Value.Count == 1 ? (object)q.Value.ToString() : q.Value.ToArray()),
            ["headers"] = request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()),
        });
        var invocation = new InvocationRequest(
            "POST", "/", "", request.Scheme, request.Host.Host, http.Connection.RemoteIpAddress?.ToString(),
            [new("content-type", "application/json"), new("x-gateway-request", "1")], body,
            new Dictionary<string, string> { ["functionId"] = functionId.ToString() });
        try
        {
            var result = await mediator.Send(
                new InvokeFunctionCommand(functionId, invocation, null, InvocationSource.Gateway), http.RequestAborted);
            if (result.Response is not { Failure: null } response)
            {
                return null;
            }

            using var answer = JsonDocument.Parse(response.Body);
            var root = answer.RootElement;
            return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("allow", out var allow) && allow.ValueKind == JsonValueKind.True
                ? new GatewayIdentity(method.Name, method.Type,
                    root.TryGetProperty("identity", out var who) && who.ValueKind == JsonValueKind.String ? who.GetString() : null, null)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Gateway middleware {FunctionId} failed", functionId);
            return null;
        }
    }

    private static bool SameSecret(string expected, string presented) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}
