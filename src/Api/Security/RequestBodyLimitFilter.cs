using Invoke.Api.Packages;
using Invoke.Application.Common.Exceptions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Invoke.Api.Security;

/// <summary>
/// The original's 1 MB limit on every admin request body except the package routes (<see cref="PackageBodyAttribute"/>,
/// which run after this filter and set their own limit). A body announced larger is refused before it is read; one
/// sent without a length is stopped by the server when it grows beyond the limit.
/// </summary>
internal sealed class RequestBodyLimitFilter : IResourceFilter
{
    public const long MaxBodyBytes = 1024 * 1024;

    public const string TooLargeMessage = "Body exceeded 1mb limit";

    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        if (context.ActionDescriptor.EndpointMetadata.OfType<PackageBodyAttribute>().Any())
        {
            return;
        }

        if (context.HttpContext.Request.ContentLength > MaxBodyBytes)
        {
            throw new PayloadTooLargeException(TooLargeMessage);
        }

        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = MaxBodyBytes;
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
