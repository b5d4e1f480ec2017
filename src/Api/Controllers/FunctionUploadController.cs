using Invoke.Api.Envelopes;
using Invoke.Api.Packages;
using Invoke.Api.Security;
using Invoke.Application.Functions.Upload.Commands.UploadFunction;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.Controllers;

[Route("api/functions/upload")]
[Authorize(Policy = AuthorizationPolicies.JwtOrApiKey)]
public sealed class FunctionUploadController(IMediator mediator) : ApiControllerBase
{
    /// <summary>
    /// Creates a function from a zip or gzip tarball in the multipart field <c>function</c>, running it as version 1.
    /// Other fields: <c>name</c> (default: the file name), <c>description</c>, <c>requiresApiKey</c> (<c>true</c>),
    /// <c>projectId</c> (required).
    /// </summary>
    [HttpPost]
    [PackageBody]
    [ProducesResponseType<ApiEnvelope<UploadedFunctionDto>>(StatusCodes.Status201Created)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status413PayloadTooLarge)]
    public async Task<ObjectResult> Upload([FromArchiveUpload("function")] ArchiveUpload upload, CancellationToken cancellationToken)
    {
        var function = await mediator.Send(
            new UploadFunctionCommand(
                upload.Field("name"),
                upload.Field("description"),
                upload.Field("requiresApiKey") == "true",
                upload.Field("projectId"),
                upload.Archive),
            cancellationToken);
        return Envelope(function, "Function uploaded successfully", StatusCodes.Status201Created);
    }
}
