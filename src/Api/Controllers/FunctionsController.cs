using Invoke.Api.Contracts.Functions;
using Invoke.Api.Envelopes;
using Invoke.Api.Security;
using Invoke.Application.Functions.Commands.DeleteFunction;
using Invoke.Application.Functions.Commands.RegenerateFunctionKey;
using Invoke.Application.Functions.Common;
using Invoke.Application.Functions.Queries.GetFunction;
using Invoke.Application.Functions.Queries.GetFunctionList;
using Invoke.Application.Functions.Queries.ListFunctions;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.Controllers;

[Route("api/functions")]
[Authorize(Policy = AuthorizationPolicies.JwtOrApiKey)]
public sealed class FunctionsController(IMediator mediator) : ApiControllerBase
{
    /// <summary>
    /// The functions of the caller's projects, newest first, or of one project (<c>projectId</c>, or <c>project_id</c>
    /// as the original CLI sends it); <c>system</c> means every project. <c>name</c> keeps the function of exactly that
    /// name, as the newest CLI looks one up.
    /// </summary>
    [HttpGet]
    [ProducesResponseType<ApiEnvelope<IReadOnlyList<FunctionListItemDto>>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(
        [FromQuery] string? projectId,
        [FromQuery(Name = "project_id")] string? projectIdAlias,
        [FromQuery] string? name,
        CancellationToken cancellationToken)
    {
        var list = await mediator.Send(new ListFunctionsQuery(projectId ?? projectIdAlias, name), cancellationToken);
        return Envelope(list.Functions, list.CallerHasNoProject ? "No functions found" : "Functions retrieved successfully");
    }

    /// <summary>Creates a function without code: inactive until a version is uploaded and it is activated.</summary>
    [HttpPost]
    [ProducesResponseType<ApiEnvelope<FunctionRowDto>>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Create(CreateFunctionRequest body, CancellationToken cancellationToken)
    {
        var function = await mediator.Send(body.ToCommand(), cancellationToken);
        return Envelope(function, "Function created successfully", StatusCodes.Status201Created);
    }

    [HttpGet("{id}")]
    [ProducesResponseType<ApiEnvelope<FunctionDetailsDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(Guid id, CancellationToken cancellationToken) =>
        Envelope(await mediator.Send(new GetFunctionQuery(id), cancellationToken), "Function details retrieved");

    /// <summary>Changes the given fields; PUT is accepted too, because the original CLI's <c>function:update</c> sends it.</summary>
    [HttpPatch("{id}")]
    [HttpPut("{id}")]
    [ProducesResponseType<ApiEnvelope<FunctionRowDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Update(Guid id, UpdateFunctionRequest body, CancellationToken cancellationToken) =>
        Envelope(await mediator.Send(body.ToCommand(id), cancellationToken), "Function updated successfully");

    /// <summary>Deletes the function with its versions, packages, environment variables and execution logs.</summary>
    [HttpDelete("{id}")]
    [ProducesResponseType<ApiEnvelope<object>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Delete(Guid id, CancellationToken cancellationToken)
    {
        var packages = await mediator.Send(new DeleteFunctionCommand(id), cancellationToken);
        return Envelope<object?>(null, $"Function and {packages} associated files deleted successfully");
    }

    /// <summary>Replaces the function's invocation key; callers holding the old key are refused from now on.</summary>
    [HttpPost("{id}/regenerate-key")]
    [ProducesResponseType<ApiEnvelope<FunctionKeyDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> RegenerateKey(Guid id, CancellationToken cancellationToken) =>
        Envelope(await mediator.Send(new RegenerateFunctionKeyCommand(id), cancellationToken), "API key regenerated successfully");
}
