using Invoke.Api.Contracts;
using Invoke.Api.Envelopes;
using Invoke.Api.Packages;
using Invoke.Api.Security;
using Invoke.Application.Functions.Versions;
using Invoke.Application.Functions.Versions.Commands.CreateVersionFromSource;
using Invoke.Application.Functions.Versions.Commands.DeleteFunctionVersion;
using Invoke.Application.Functions.Versions.Commands.SwitchFunctionVersion;
using Invoke.Application.Functions.Versions.Commands.UploadFunctionVersion;
using Invoke.Application.Functions.Versions.Queries.DownloadFunctionVersion;
using Invoke.Application.Functions.Versions.Queries.GetVersionSource;
using Invoke.Application.Functions.Versions.Queries.ListFunctionVersions;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.Controllers;

[Route("api/functions/{id}")]
[Authorize(Policy = AuthorizationPolicies.JwtOrApiKey)]
public sealed class FunctionVersionsController(IMediator mediator) : ApiControllerBase
{
    /// <summary>The function's versions, newest first.</summary>
    [HttpGet("versions")]
    [ProducesResponseType<ApiEnvelope<IReadOnlyList<FunctionVersionDto>>>(StatusCodes.Status200OK)]
    public async Task<ObjectResult> List(Guid id, CancellationToken cancellationToken) =>
        Envelope(await mediator.Send(new ListFunctionVersionsQuery(id), cancellationToken), "Versions retrieved successfully");

    /// <summary>
    /// Adds an inactive version from a zip or gzip tarball in the multipart field <c>file</c>; <c>afterBuildAction</c>
    /// <c>switch</c> (query or form field) makes it the active version at once.
    /// </summary>
    [HttpPost("versions")]
    [PackageBody]
    [ProducesResponseType<ApiEnvelope<UploadedVersionDto>>(StatusCodes.Status201Created)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status413PayloadTooLarge)]
    public async Task<ObjectResult> Upload(
        Guid id,
        [FromArchiveUpload("file")] ArchiveUpload upload,
        [FromQuery] string? afterBuildAction,
        CancellationToken cancellationToken)
    {
        var version = await mediator.Send(
            new UploadFunctionVersionCommand(id, upload.Archive, afterBuildAction ?? upload.Field("afterBuildAction")),
            cancellationToken);
        return Envelope(version, $"Version {version.Version} uploaded successfully", StatusCodes.Status201Created, StatusCodes.Status200OK);
    }

    /// <summary>Deletes a version that is not the active one (<c>?version=</c> is its number).</summary>
    [HttpDelete("versions")]
    [ProducesResponseType<ApiEnvelope<object>>(StatusCodes.Status200OK)]
    public Task<ObjectResult> Delete(Guid id, [FromQuery] int? version, CancellationToken cancellationToken) =>
        DeleteVersionAsync(id, version, cancellationToken);

    /// <summary>The same as <c>DELETE versions?version=</c>, at the path the CLI uses.</summary>
    [HttpDelete("versions/{version:int}")]
    [ProducesResponseType<ApiEnvelope<object>>(StatusCodes.Status200OK)]
    public Task<ObjectResult> DeleteByPath(Guid id, int version, CancellationToken cancellationToken) =>
        DeleteVersionAsync(id, version, cancellationToken);

    /// <summary>Makes a version the active one (by <c>versionId</c> or <c>version_number</c>) and activates the function.</summary>
    [HttpPost("switch-version")]
    [ProducesResponseType<SwitchVersionResponse>(StatusCodes.Status200OK)]
    public async Task<SwitchVersionResponse> Switch(Guid id, SwitchVersionRequest request, CancellationToken cancellationToken)
    {
        var switched = await mediator.Send(
            new SwitchFunctionVersionCommand(id, request.VersionId, request.VersionNumber), cancellationToken);
        return new SwitchVersionResponse($"Successfully switched to version {switched.Version}", switched);
    }

    /// <summary>
    /// The legacy update: adds a version from the multipart field <c>file</c>, makes it the active one and activates
    /// the function.
    /// </summary>
    [HttpPost("update")]
    [PackageBody]
    [ProducesResponseType<ApiEnvelope<UploadedVersionDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status413PayloadTooLarge)]
    public async Task<ObjectResult> Update(
        Guid id, [FromArchiveUpload("file")] ArchiveUpload upload, CancellationToken cancellationToken)
    {
        var version = await mediator.Send(new UploadFunctionVersionCommand(id, upload.Archive, AfterBuildActions.Switch), cancellationToken);
        return Envelope(version, $"Function updated to version {version.Version}");
    }

    /// <summary>
    /// The version's files as a zip, <c>&lt;function name&gt;-v&lt;version&gt;.zip</c>. The version is its id or, as
    /// the original CLIs send it, its number.
    /// </summary>
    [HttpGet("versions/{versionId}/download")]
    [Produces("application/zip", "application/json")]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, "application/zip")]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound, "application/json")]
    public async Task<FileContentResult> Download(Guid id, VersionReference versionId, CancellationToken cancellationToken)
    {
        var download = await mediator.Send(new DownloadFunctionVersionQuery(id, versionId), cancellationToken);
        return File(download.Zip, "application/zip", download.FileName);
    }

    /// <summary>The version's files as a tree with their contents (UTF-8 text, or base64 for binary files).</summary>
    [HttpGet("versions/{versionId}/source")]
    [ProducesResponseType<ApiEnvelope<VersionSourceDto>>(StatusCodes.Status200OK)]
    public async Task<ObjectResult> Source(Guid id, Guid versionId, CancellationToken cancellationToken) =>
        Envelope(await mediator.Send(new GetVersionSourceQuery(id, versionId), cancellationToken), "Source code retrieved successfully");

    /// <summary>Adds a version built from an edited file tree; <c>setActive</c> also makes it the active version.</summary>
    [HttpPost("versions/create-from-source")]
    [PackageBody]
    [ProducesResponseType<ApiEnvelope<CreatedVersionDto>>(StatusCodes.Status201Created)]
    public async Task<ObjectResult> CreateFromSource(
        Guid id, CreateFromSourceRequest request, CancellationToken cancellationToken)
    {
        var setActive = request.SetActive ?? false;
        var created = await mediator.Send(new CreateVersionFromSourceCommand(id, request.Files, setActive), cancellationToken);
        var message = $"Version {created.Version} created{(setActive ? " and activated" : string.Empty)} successfully";
        return Envelope(created, message, StatusCodes.Status201Created, StatusCodes.Status200OK);
    }

    private async Task<ObjectResult> DeleteVersionAsync(Guid id, int? version, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteFunctionVersionCommand(id, version), cancellationToken);
        return Envelope<object?>(null, $"Version {version} deleted successfully");
    }
}
