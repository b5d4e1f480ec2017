using Invoke.Api.Binding;
using Invoke.Api.Contracts.KeyValueStore;
using Invoke.Api.Envelopes;
using Invoke.Api.Security;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.KeyValueStore;
using Invoke.Application.KeyValueStore.Commands.DeleteProjectKvEntry;
using Invoke.Application.KeyValueStore.Queries.ExportProjectKvStore;
using Invoke.Application.KeyValueStore.Queries.GetProjectKvStore;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.Controllers;

/// <summary>
/// A project's key-value store for its members and admins (admin-api.md §9), session tokens only. The entries are the
/// ones the project's functions read and write with <c>kv</c>, under the same quota.
/// </summary>
[Route("api/projects/{projectId}")]
[Authorize(Policy = AuthorizationPolicies.Jwt)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status403Forbidden)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
public sealed class KeyValueStoreController(IMediator mediator, TimeProvider time) : ApiControllerBase
{
    /// <summary>One page of entries in key order, filtered by a case-insensitive substring of the key, with the storage figures.</summary>
    /// <param name="projectId">The project's id.</param>
    /// <param name="cancellationToken">Aborted with the request.</param>
    /// <param name="page">1 or more.</param>
    /// <param name="limit">1 to 1000.</param>
    /// <param name="search">Part of the key.</param>
    [HttpGet("kv")]
    [ProducesResponseType<ApiEnvelope<KvStoreResponse>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(
        Guid projectId,
        CancellationToken cancellationToken,
        [FromQuery, ModelBinder<NumberOrDefaultModelBinder>] int page = 1,
        [FromQuery, ModelBinder<NumberOrDefaultModelBinder>] int limit = GetProjectKvStoreQuery.DefaultLimit,
        [FromQuery] string? search = null)
    {
        var store = await mediator.Send(new GetProjectKvStoreQuery(projectId, page, limit, search), cancellationToken);
        return Envelope(KvStoreResponse.From(store), "KV store retrieved successfully");
    }

    /// <summary>Stores one value under a key, within the project's quota (413 beyond it).</summary>
    [HttpPost("kv")]
    [ProducesResponseType<ApiEnvelope<SavedKvEntryResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status413PayloadTooLarge)]
    public async Task<IActionResult> Save(Guid projectId, SaveKvEntryRequest body, CancellationToken cancellationToken)
    {
        var command = body.ToCommand(projectId);
        await mediator.Send(command, cancellationToken);
        return Envelope(new SavedKvEntryResponse(command.Key!, body.Value), "Key-value pair saved successfully");
    }

    [HttpDelete("kv")]
    [ProducesResponseType<ApiEnvelope<DeletedKvEntryResponse>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Delete(Guid projectId, [FromQuery] string? key, CancellationToken cancellationToken)
    {
        var existed = await mediator.Send(new DeleteProjectKvEntryCommand(projectId, key), cancellationToken);
        return Envelope(new DeletedKvEntryResponse(existed), "Key deleted successfully");
    }

    /// <summary>Every live entry as one JSON object of key → value, as a download.</summary>
    [HttpGet("kv-export")]
    [Produces("application/json")]
    public async Task<IActionResult> Export(Guid projectId, CancellationToken cancellationToken)
    {
        var entries = await mediator.Send(new ExportProjectKvStoreQuery(projectId), cancellationToken);
        Response.Headers.ContentDisposition = $"attachment; filename=\"{KvExportDocument.FileName(projectId, time.GetUtcNow())}\"";
        return Content(KvExportDocument.Write(entries), "application/json");
    }

    /// <summary>Writes many entries in one transaction, <c>merge</c> (default) or <c>replace</c>, within the project's quota.</summary>
    [HttpPost("kv-import")]
    [ProducesResponseType<ApiEnvelope<KvImportResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status413PayloadTooLarge)]
    public async Task<IActionResult> Import(Guid projectId, ImportKvRequest body, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(body.ToCommand(projectId), cancellationToken);
        return Envelope(KvImportResponse.From(result), "Import completed successfully");
    }

    /// <summary>The admin UI's <c>system</c> pseudo project has no key-value store.</summary>
    [HttpGet("/api/projects/system/kv")]
    [HttpPost("/api/projects/system/kv")]
    [HttpDelete("/api/projects/system/kv")]
    [HttpGet("/api/projects/system/kv-export")]
    [HttpPost("/api/projects/system/kv-import")]
    [ApiExplorerSettings(IgnoreApi = true)]
    public IActionResult SystemProject() => throw new ForbiddenAccessException(KvAccess.SystemProjectMessage);
}
