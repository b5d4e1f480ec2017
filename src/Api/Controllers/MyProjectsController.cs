using Invoke.Api.Contracts.Auth;
using Invoke.Api.Envelopes;
using Invoke.Api.Security;
using Invoke.Application.Auth.Queries.GetUserProjects;
using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.Controllers;

[Route("api/my-projects")]
[Authorize(Policy = AuthorizationPolicies.Jwt)]
public sealed class MyProjectsController(IMediator mediator, ICurrentUser currentUser) : ApiControllerBase
{
    /// <summary>The caller's active projects with its role (a bare object, as in the original).</summary>
    [HttpGet]
    [ProducesResponseType<MyProjectsResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
    public async Task<MyProjectsResponse> List(CancellationToken cancellationToken) =>
        new(await mediator.Send(new GetUserProjectsQuery(currentUser.UserId, currentUser.IsAdmin), cancellationToken));
}
