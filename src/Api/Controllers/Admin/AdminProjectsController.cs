using Invoke.Api.Envelopes;
using Invoke.Api.Security;
using Invoke.Application.Projects.Commands;
using Invoke.Application.Projects.Commands.CreateProject;
using Invoke.Application.Projects.Commands.DeleteProject;
using Invoke.Application.Projects.Commands.UpdateProject;
using Invoke.Application.Projects.Queries.GetProjects;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Invoke.Api.Controllers.Admin;

/// <summary>Project administration. Success bodies are the original's bare objects; errors carry <c>error</c>.</summary>
[Route("api/admin/projects")]
[Authorize(Policy = AuthorizationPolicies.Admin)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status403Forbidden)]
public sealed class AdminProjectsController(IMediator mediator) : ApiControllerBase
{
    /// <summary>Every project with its creator and its member and function counts, newest first.</summary>
    [HttpGet]
    [ProducesResponseType<ProjectsResponse>(StatusCodes.Status200OK)]
    public async Task<ProjectsResponse> List(CancellationToken cancellationToken) =>
        new(await mediator.Send(new GetProjectsQuery(), cancellationToken));

    /// <summary>Creates a project owned by the caller, with the global KV quota and allow-all network policies.</summary>
    [HttpPost]
    [ProducesResponseType<ProjectResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Create(CreateProjectRequest body, CancellationToken cancellationToken)
    {
        var project = await mediator.Send(new CreateProjectCommand(body.Name, body.Description), cancellationToken);
        return StatusCode(StatusCodes.Status201Created, new ProjectResponse(project));
    }

    /// <summary>Changes a project; omitted optional fields keep their value.</summary>
    [HttpPut]
    [ProducesResponseType<ProjectResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<ProjectResponse> Update(UpdateProjectRequest body, CancellationToken cancellationToken) =>
        new(await mediator.Send(
            new UpdateProjectCommand(body.Id, body.Name, body.Description, body.IsActive, body.KvStorageLimitBytes),
            cancellationToken));

    /// <summary>Deletes the project named by <c>id</c> in the JSON body, with everything it owns.</summary>
    [HttpDelete]
    [ProducesResponseType<SuccessResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public Task<SuccessResponse> Delete(
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] DeleteProjectRequest? body,
        CancellationToken cancellationToken) =>
        DeleteAsync(body?.Id, cancellationToken);

    /// <summary>The same as <c>DELETE /api/admin/projects</c> with the id in the path.</summary>
    [HttpDelete("{id}")]
    [ProducesResponseType<SuccessResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public Task<SuccessResponse> DeleteById(Guid id, CancellationToken cancellationToken) =>
        DeleteAsync(id, cancellationToken);

    private async Task<SuccessResponse> DeleteAsync(Guid? id, CancellationToken cancellationToken)
    {
        var removed = await mediator.Send(new DeleteProjectCommand(id), cancellationToken);
        return new SuccessResponse(removed.Message);
    }
}
