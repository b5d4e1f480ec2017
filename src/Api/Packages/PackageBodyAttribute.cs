using Invoke.Application.Common.Exceptions;
using Invoke.Application.Functions.Packages;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;

namespace Invoke.Api.Packages;

/// <summary>
/// The request body of a package route. It runs as a resource filter: after authorization, before model binding.
/// <list type="bullet">
/// <item>Its size limit comes from <see cref="PackageOptions.MaxArchiveBytes"/> (plus room for the multipart fields),
/// which the fixed <c>[RequestSizeLimit]</c> cannot do: a body announced larger is refused with 413 before any of it
/// is read, and the server stops a body that grows beyond it.</item>
/// <item>The form value providers are removed, because MVC would otherwise read, and buffer, the whole multipart form
/// before <see cref="ArchiveUploadModelBinder"/> could stream it.</item>
/// </list>
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PackageBodyAttribute : Attribute, IFilterFactory
{
    public const long MultipartAllowance = 1024 * 1024;

    public bool IsReusable => true;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new BodyFilter(serviceProvider.GetRequiredService<IOptions<PackageOptions>>().Value);

    private sealed class BodyFilter(PackageOptions options) : IResourceFilter
    {
        public void OnResourceExecuting(ResourceExecutingContext context)
        {
            var limit = options.MaxArchiveBytes + MultipartAllowance;
            if (context.HttpContext.Request.ContentLength > limit)
            {
                throw new PayloadTooLargeException(options.ArchiveTooLargeMessage);
            }

            if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            {
                bodySize.MaxRequestBodySize = limit;
            }

            context.ValueProviderFactories.RemoveType<FormValueProviderFactory>();
            context.ValueProviderFactories.RemoveType<FormFileValueProviderFactory>();
            context.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
        }

        public void OnResourceExecuted(ResourceExecutedContext context)
        {
        }
    }
}
