using Invoke.Api.Contracts.EnvironmentVariables;
using Invoke.Api.Envelopes;
using Invoke.Api.Security;
using Invoke.Application.EnvironmentVariables;
using Invoke.Application.EnvironmentVariables.Commands.DeleteEnvironmentVariable;
using Invoke.Application.EnvironmentVariables.Queries.ListEnvironmentVariables;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.Controllers;

/// <summary>A function's environment variables. Success bodies are the original's short ones, without the envelope.</summary>
[Route("api/functions/{id}/environment-variables")]
[Authorize(Policy = AuthorizationPolicies.JwtOrApiKey)]
public sealed class EnvironmentVariablesController(IMediator mediator) : ApiControllerBase
{
    [HttpGet]
    [ProducesResponseType<SuccessBody<IReadOnlyList<EnvironmentVariableDto>>>(StatusCodes.Status200OK)]
    public async Task<SuccessBody<IReadOnlyList<EnvironmentVariableDto>>> List(Guid id, CancellationToken cancellationToken) =>
        new(null, await mediator.Send(new ListEnvironmentVariablesQuery(id), cancellationToken));

    /// <summary>Makes the function's variables exactly the given list, in one transaction.</summary>
    [HttpPut]
    [ProducesResponseType<SuccessBody<object>>(StatusCodes.Status200OK)]
    public async Task<SuccessBody<object>> Replace(
        Guid id, ReplaceEnvironmentVariablesRequest body, CancellationToken cancellationToken)
    {
        await mediator.Send(body.ToCommand(id), cancellationToken);
        return new SuccessBody<object>("Environment variables updated successfully", null);
    }

    [HttpPost]
    [ProducesResponseType<SuccessBody<object>>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Add(Guid id, AddEnvironmentVariableRequest body, CancellationToken cancellationToken)
    {
        await mediator.Send(body.ToCommand(id), cancellationToken);
        return StatusCode(
            StatusCodes.Status201Created, new SuccessBody<object>("Environment variable added successfully", null));
    }

    /// <summary>Deletes the variable named by <c>variable_name</c>.</summary>
    [HttpDelete]
    [ProducesResponseType<SuccessBody<object>>(StatusCodes.Status200OK)]
    public Task<SuccessBody<object>> Delete(
        Guid id, [FromQuery(Name = "variable_name")] string? variableName, CancellationToken cancellationToken) =>
        DeleteAsync(id, variableName, cancellationToken);

    /// <summary>The same, with the name in the path, as the original CLI's <c>function:env:delete</c> intends.</summary>
    [HttpDelete("{variableName}")]
    [ProducesResponseType<SuccessBody<object>>(StatusCodes.Status200OK)]
    public Task<SuccessBody<object>> DeleteByPath(Guid id, string variableName, CancellationToken cancellationToken) =>
        DeleteAsync(id, variableName, cancellationToken);

    private async Task<SuccessBody<object>> DeleteAsync(Guid id, string? variableName, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteEnvironmentVariableCommand(id, variableName), cancellationToken);
        return new SuccessBody<object>("Environment variable deleted successfully", null);
    }
}
