using Invoke.Api.Envelopes;
using Invoke.Api.Packages;
using Invoke.Api.Security;
using Invoke.Application.Functions.Deploy.Commands.DeployFunction;
using Invoke.Application.Functions.Upload.Commands.UploadFunction;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.Controllers;

[Route("api/functions")]
[Authorize(Policy = AuthorizationPolicies.JwtOrApiKey)]
public sealed class FunctionUploadController(IMediator mediator) : ApiControllerBase
{
    /// <summary>
    /// Creates a function from a zip or gzip tarball in the multipart field <c>function</c>, running it as version 1.
    /// Other fields: <c>name</c> (default: the file name), <c>description</c>, <c>requiresApiKey</c> (<c>true</c>),
    /// <c>projectId</c> (required).
    /// </summary>
    [HttpPost("upload")]
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

    /// <summary>
    /// The newest original CLI's deploy: a zip or gzip tarball in the multipart field <c>file</c> becomes the active
    /// version of the project's function <c>name</c>, which is created when missing. Other fields: <c>mode</c>
    /// (<c>upload</c>), <c>projectId</c>, <c>description</c> (for a new function), <c>language</c>/<c>runtime</c>
    /// (JavaScript only).
    /// </summary>
    [HttpPost("deploy")]
    [PackageBody]
    [ProducesResponseType<ApiEnvelope<DeployedFunctionDto>>(StatusCodes.Status201Created)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status413PayloadTooLarge)]
    public async Task<ObjectResult> Deploy([FromArchiveUpload("file")] ArchiveUpload upload, CancellationToken cancellationToken)
    {
        var deployed = await mediator.Send(
            new DeployFunctionCommand(
                upload.Field("mode"),
                upload.Field("name"),
                upload.Field("description"),
                upload.Field("projectId"),
                upload.Field("language") ?? upload.Field("runtime"),
                upload.Archive),
            cancellationToken);
        return Envelope(deployed, $"Function deployed as version {deployed.Version}", StatusCodes.Status201Created);
    }
}
