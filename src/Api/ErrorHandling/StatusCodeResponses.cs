using Microsoft.AspNetCore.Diagnostics;

namespace Invoke.Api.ErrorHandling;

internal static class StatusCodeResponses
{
    /// <summary>
    /// Gives the envelope to error statuses that carry no body under <c>/api</c>: unknown routes (404), a known route
    /// with another method (405), and bare status results.
    /// </summary>
    public static Task WriteEnvelopeAsync(StatusCodeContext context)
    {
        var httpContext = context.HttpContext;
        if (!httpContext.Request.Path.StartsWithSegments("/api"))
        {
            return Task.CompletedTask;
        }

        var errorResponses = httpContext.RequestServices.GetRequiredService<ErrorResponses>();
        var statusCode = httpContext.Response.StatusCode;
        var envelope = errorResponses.Create(httpContext, statusCode, ErrorResponses.DefaultMessage(statusCode));
        return errorResponses.WriteAsync(httpContext, envelope, httpContext.RequestAborted);
    }
}
