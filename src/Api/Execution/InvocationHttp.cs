using System.Text.Json;
using System.Collections.Frozen;
using Invoke.Api.Security;
using Invoke.Application.Runtime.Commands.InvokeFunction;
using Invoke.Application.Runtime.Execution;
using MediatR;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Invoke.Api.Execution;

/// <summary>Translates an HTTP request on the execution port into <see cref="InvokeFunctionCommand"/> and back.</summary>
internal sealed class InvocationHttp(IOptions<ExecutionOptions> options, ILogger<InvocationHttp> logger)
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>Credentials of the platform, which the function never sees.</summary>
    private static readonly FrozenSet<string> HiddenRequestHeaders =
        new[] { "authorization", "x-api-key", "x-invoke-data" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> KeyQueryParameters =
        new[] { "api_key", "apiKey" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Set by the server from the body it sends, or meaningless once the function's response is buffered.</summary>
    private static readonly FrozenSet<string> ServerResponseHeaders =
        new[] { "content-length", "transfer-encoding", "connection", "keep-alive", "upgrade" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public async Task InvokeAsync(HttpContext http, string functionIdText, string subPath)
    {
        if (!Guid.TryParse(functionIdText, out var functionId))
        {
            await ExecutionReplies.WriteAsync(http, StatusCodes.Status404NotFound, ExecutionReplies.FunctionNotFound);
            return;
        }

        var body = await ReadBodyAsync(http);
        if (body is null)
        {
            await ExecutionReplies.WriteAsync(http, StatusCodes.Status413PayloadTooLarge,
                $"Request body too large: at most {options.Value.MaxRequestBodyBytes} bytes");
            return;
        }

        if (IsJson(http.Request.ContentType) && body.Length > 0 && !IsValidJson(body))
        {
            await ExecutionReplies.WriteAsync(http, StatusCodes.Status400BadRequest, ExecutionReplies.InvalidJsonBody);
            return;
        }

        var command = new InvokeFunctionCommand(functionId, ToInvocationRequest(http, functionIdText, subPath, body), PresentedKey(http.Request));
        InvocationResult result;
        try
        {
            result = await http.RequestServices.GetRequiredService<IMediator>().Send(command, http.RequestAborted);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Invocation of function {FunctionId} failed before its code ran", functionId);
            await ExecutionReplies.WriteAsync(http, StatusCodes.Status500InternalServerError, ExecutionReplies.ExecutionFailed);
            return;
        }

        await WriteResultAsync(http, result);
    }

    /// <returns>Null when the body is over the limit.</returns>
    internal async Task<byte[]?> ReadBodyAsync(HttpContext http)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (http.Request.ContentLength > limit)
        {
            return null;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    internal static bool IsJson(string? contentType)
    {
        var type = contentType?.Split(';', 2)[0].Trim();
        return type is not null
            && (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether the bytes are one JSON value, as Express's JSON parser requires before the handler runs.</summary>
    internal static bool IsValidJson(byte[] body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 512 });
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static InvocationRequest ToInvocationRequest(HttpContext http, string functionId, string subPath, byte[] body)
    {
        var request = http.Request;
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in request.Headers)
        {
            if (HiddenRequestHeaders.Contains(name))
            {
                continue;
            }

            foreach (var value in values)
            {
                headers.Add(new(name.ToLowerInvariant(), value ?? ""));
            }
        }

        return new InvocationRequest(
            request.Method,
            subPath,
            QueryWithoutKeys(request.QueryString.Value),
            request.Scheme,
            request.Host.Host,
            ClientAddress.Of(http),
            headers,
            body,
            new Dictionary<string, string> { ["functionId"] = functionId });
    }

    /// <summary>The raw query without <c>?</c>, minus the parameters that carry the function's key.</summary>
    private static string QueryWithoutKeys(string? query)
    {
        if (string.IsNullOrEmpty(query) || query == "?")
        {
            return "";
        }

        var parts = query[1..].Split('&').Where(part =>
        {
            var name = part.Split('=', 2)[0];
            return !KeyQueryParameters.Contains(Uri.UnescapeDataString(name.Replace('+', ' ')));
        });
        return string.Join('&', parts);
    }

    /// <summary>The caller's key, first found of: Bearer token, <c>?api_key</c>, <c>?apiKey</c>, <c>x-api-key</c>.</summary>
    private static string? PresentedKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return authorization[BearerPrefix.Length..];
        }

        foreach (var name in new[] { "api_key", "apiKey" })
        {
            if (request.Query.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value))
            {
                return value;
            }
        }

        return request.Headers["x-api-key"].ToString() is { Length: > 0 } header ? header : null;
    }

    private static Task WriteResultAsync(HttpContext http, InvocationResult result)
    {
        switch (result.Outcome)
        {
            case InvocationOutcome.FunctionNotFound:
                return ExecutionReplies.WriteAsync(http, StatusCodes.Status404NotFound, ExecutionReplies.FunctionNotFound);
            case InvocationOutcome.ApiKeyRequired:
                return ExecutionReplies.WriteAsync(http, StatusCodes.Status401Unauthorized, ExecutionReplies.ApiKeyRequired);
            case InvocationOutcome.InvalidApiKey:
                return ExecutionReplies.WriteAsync(http, StatusCodes.Status403Forbidden, ExecutionReplies.InvalidApiKey);
            case InvocationOutcome.Overloaded:
                http.Response.Headers.RetryAfter = "1";
                return ExecutionReplies.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, ExecutionReplies.Overloaded);
        }

        return WriteResponseAsync(http, result.Response!, keepCorsHeaders: true);
    }

    /// <summary>
    /// The function's response as it built it (or the failure's status); <paramref name="keepCorsHeaders"/> false drops
    /// its <c>Access-Control-*</c> headers, for a gateway route that manages CORS itself.
    /// </summary>
    internal static Task WriteResponseAsync(HttpContext http, FunctionResponse response, bool keepCorsHeaders)
    {
        if (response.Failure is { } failure)
        {
            return ExecutionReplies.WriteAsync(http, failure.StatusCode, ExecutionReplies.ExecutionFailed);
        }

        http.Response.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers)
        {
            if (!ServerResponseHeaders.Contains(name)
                && (keepCorsHeaders || !name.StartsWith("access-control-", StringComparison.OrdinalIgnoreCase)))
            {
                http.Response.Headers.Append(name, value);
            }
        }

        var bodyAllowed = response.StatusCode is not (StatusCodes.Status204NoContent or StatusCodes.Status304NotModified)
            && !HttpMethods.IsHead(http.Request.Method);
        http.Response.ContentLength = bodyAllowed ? response.Body.Length : null;
        return bodyAllowed && response.Body.Length > 0
            ? http.Response.Body.WriteAsync(response.Body, http.RequestAborted).AsTask()
            : Task.CompletedTask;
    }
}
