using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Serialization;
using Invoke.Api.Envelopes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Invoke.Api.ErrorHandling;

/// <summary>
/// Builds and writes every error body of the API, whichever path produced the error: an exception, a binding
/// failure or a status code without a body.
/// </summary>
internal sealed class ErrorResponses(TimeProvider timeProvider, IOptions<JsonOptions> jsonOptions)
{
    public const string ValidationTitle = "One or more validation errors occurred.";

    private static readonly Dictionary<int, string> DefaultMessages = new()
    {
        [StatusCodes.Status400BadRequest] = "Bad request",
        [StatusCodes.Status401Unauthorized] = "Authentication required",
        [StatusCodes.Status403Forbidden] = "Access denied",
        [StatusCodes.Status404NotFound] = "Not found",
        [StatusCodes.Status405MethodNotAllowed] = "Method not allowed",
        [StatusCodes.Status413PayloadTooLarge] = "Request body too large",
        [StatusCodes.Status415UnsupportedMediaType] = "Unsupported media type",
        [StatusCodes.Status500InternalServerError] = "Internal server error",
    };

    private static readonly HashSet<string> EnvelopeMemberNames = typeof(ErrorEnvelope)
        .GetProperties()
        .Select(property => property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name)
        .OfType<string>()
        .ToHashSet(StringComparer.Ordinal);

    public static string DefaultMessage(int statusCode) =>
        DefaultMessages.TryGetValue(statusCode, out var message) ? message : ProblemTypes.TitleOf(statusCode);

    /// <param name="members">Extra top-level members; a name the envelope already uses is a programming error.</param>
    /// <param name="data">The envelope's <c>data</c>.</param>
    public ErrorEnvelope Create(
        HttpContext httpContext,
        int statusCode,
        string message,
        IDictionary<string, string[]>? errors = null,
        IReadOnlyDictionary<string, object?>? members = null,
        object? data = null)
    {
        var clash = members?.Keys.FirstOrDefault(EnvelopeMemberNames.Contains);
        if (clash is not null)
        {
            throw new InvalidOperationException($"The error member '{clash}' would overwrite a member of the envelope.");
        }

        return new ErrorEnvelope
        {
            Data = data,
            Message = message,
            StatusCode = statusCode,
            Timestamp = timeProvider.GetUtcNow().UtcDateTime,
            Type = ProblemTypes.TypeOf(statusCode),
            Title = errors is null ? ProblemTypes.TitleOf(statusCode) : ValidationTitle,
            Instance = httpContext.Request.Path.Value ?? "/",
            Errors = errors,
            TraceId = Activity.Current?.Id ?? httpContext.TraceIdentifier,
            Members = members is { Count: > 0 } ? new Dictionary<string, object?>(members, StringComparer.Ordinal) : null,
        };
    }

    public Task WriteAsync(HttpContext httpContext, ErrorEnvelope envelope, CancellationToken cancellationToken)
    {
        httpContext.Response.StatusCode = envelope.StatusCode;
        return httpContext.Response.WriteAsJsonAsync(
            envelope, jsonOptions.Value.JsonSerializerOptions, cancellationToken);
    }
}
