using System.Globalization;
using Invoke.Api.Envelopes;
using Invoke.Api.Security;
using Invoke.Application.Common.Exceptions;
using Invoke.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;

namespace Invoke.Api.ErrorHandling;

/// <summary>
/// The one place where exceptions become HTTP answers (the envelope with problem details members):
/// <list type="bullet">
/// <item><see cref="ValidationException"/> → 400 with <c>errors</c> (field → messages);</item>
/// <item><see cref="DomainException"/> → 400: an invariant broken by what the client sent; an
/// <see cref="InvalidValueException"/> names its field in <c>errors</c>;</item>
/// <item><see cref="BadRequestException"/> → 400: a rule checked against stored data, with its field, extra members and data;</item>
/// <item><see cref="UnauthorizedException"/> → 401; <see cref="ForbiddenAccessException"/> → 403;</item>
/// <item><see cref="SessionEndedException"/> → 401, clearing the session cookies;</item>
/// <item><see cref="NotFoundException"/> → 404; <see cref="ConflictException"/> → 409;</item>
/// <item><see cref="TooManyRequestsException"/> → 429 with <c>Retry-After</c>; <see cref="UpstreamServiceException"/> → 502;</item>
/// <item><see cref="PayloadTooLargeException"/> → 413;</item>
/// <item><see cref="BadHttpRequestException"/> (body too large, truncated body, ...) → its own status;</item>
/// <item>anything else → 500 <c>Internal server error</c>, logged here and never described to the client.</item>
/// </list>
/// The message of an application or domain exception is the wire <c>message</c>.
/// </summary>
internal sealed class InvokeExceptionHandler(ErrorResponses errorResponses, ILogger<InvokeExceptionHandler> logger)
    : IExceptionHandler
{
    // nginx's "client closed request": nobody reads it, but the access log should not call it a server error.
    public const int ClientClosedRequest = 499;

    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            httpContext.Response.StatusCode = ClientClosedRequest;
            return true;
        }

        var envelope = exception is BadRequestException badRequest
            ? BadRequest(httpContext, badRequest)
            : Mapped(httpContext, exception);
        await errorResponses.WriteAsync(httpContext, envelope, cancellationToken);
        return true;
    }

    private ErrorEnvelope BadRequest(HttpContext httpContext, BadRequestException exception)
    {
        var errors = exception.Field is null ? null : FieldError(exception.Field, exception.Message);
        return errorResponses.Create(
            httpContext, StatusCodes.Status400BadRequest, exception.Message, errors, exception.Members, exception.ResponseData);
    }

    private static Dictionary<string, string[]> FieldError(string field, string message) =>
        new(StringComparer.Ordinal) { [field] = [message] };

    private ErrorEnvelope Mapped(HttpContext httpContext, Exception exception)
    {
        var (statusCode, message, errors) = exception switch
        {
            ValidationException e => (StatusCodes.Status400BadRequest, e.Message, e.Errors),
            InvalidValueException e => (StatusCodes.Status400BadRequest, e.Message, FieldError(e.Field, e.Message)),
            DomainException e => (StatusCodes.Status400BadRequest, e.Message, null),
            UnauthorizedException e => (StatusCodes.Status401Unauthorized, e.Message, null),
            SessionEndedException e => (StatusCodes.Status401Unauthorized, e.Message, null),
            ForbiddenAccessException e => (StatusCodes.Status403Forbidden, e.Message, null),
            NotFoundException e => (StatusCodes.Status404NotFound, e.Message, null),
            ConflictException e => (StatusCodes.Status409Conflict, e.Message, null),
            TooManyRequestsException e => (StatusCodes.Status429TooManyRequests, e.Message, null),
            UpstreamServiceException e => (StatusCodes.Status502BadGateway, e.Message, null),
            PayloadTooLargeException e => (StatusCodes.Status413PayloadTooLarge, e.Message, null),
            BadHttpRequestException e => (e.StatusCode, ErrorResponses.DefaultMessage(e.StatusCode), null),
            _ => (StatusCodes.Status500InternalServerError, ErrorResponses.DefaultMessage(500), (IDictionary<string, string[]>?)null),
        };

        if (statusCode >= StatusCodes.Status500InternalServerError)
        {
            logger.LogError(
                exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        if (exception is SessionEndedException)
        {
            SessionCookies.Clear(httpContext);
        }

        if (exception is TooManyRequestsException tooMany)
        {
            httpContext.Response.Headers.RetryAfter = tooMany.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        return errorResponses.Create(httpContext, statusCode, message, errors);
    }
}
