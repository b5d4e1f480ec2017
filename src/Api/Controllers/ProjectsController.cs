using Invoke.Api.Security;
using Invoke.Application.Projects.Queries.FindProjects;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.Controllers;

[Route("api/projects")]
[Authorize(Policy = AuthorizationPolicies.JwtOrApiKey)]
public sealed class ProjectsController(IMediator mediator) : ApiControllerBase
{
    /// <summary>The caller's projects as a bare array, newest first; <c>slug</c> or <c>name</c> keep the one matching exactly.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<ProjectLookupDto>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<ProjectLookupDto>> Find(
        [FromQuery] string? slug, [FromQuery] string? name, CancellationToken cancellationToken) =>
        mediator.Send(new FindProjectsQuery(slug, name), cancellationToken);
}
