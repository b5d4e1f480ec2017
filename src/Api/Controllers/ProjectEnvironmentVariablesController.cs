using Invoke.Api.Contracts.EnvironmentVariables;
using Invoke.Api.Envelopes;
using Invoke.Api.Security;
using Invoke.Application.EnvironmentVariables;
using Invoke.Application.ProjectEnvironmentVariables.Queries.ListProjectEnvironmentVariables;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.Controllers;

/// <summary>
/// The variables every function of a project runs with (a function's own win on equal names); members only. Session
/// tokens only and the original's short bodies, as its later releases have them.
/// </summary>
[Route("api/projects/{projectId}/environment-variables")]
[Authorize(Policy = AuthorizationPolicies.Jwt)]
public sealed class ProjectEnvironmentVariablesController(IMediator mediator) : ApiControllerBase
{
    [HttpGet]
    [ProducesResponseType<SuccessBody<IReadOnlyList<EnvironmentVariableDto>>>(StatusCodes.Status200OK)]
    public async Task<SuccessBody<IReadOnlyList<EnvironmentVariableDto>>> List(Guid projectId, CancellationToken cancellationToken) =>
        new(null, await mediator.Send(new ListProjectEnvironmentVariablesQuery(projectId), cancellationToken));

    /// <summary>Makes the project's variables exactly the given list, in one transaction.</summary>
    [HttpPut]
    [ProducesResponseType<SuccessBody<object>>(StatusCodes.Status200OK)]
    public async Task<SuccessBody<object>> Replace(
        Guid projectId, ReplaceEnvironmentVariablesRequest body, CancellationToken cancellationToken)
    {
        await mediator.Send(body.ToProjectCommand(projectId), cancellationToken);
        return new SuccessBody<object>("Environment variables updated successfully", null);
    }
}
