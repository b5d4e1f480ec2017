using Invoke.Api.Contracts.Security;
using Invoke.Api.Controllers.Admin;
using Invoke.Api.Envelopes;
using Invoke.Api.Security;
using Invoke.Application.NetworkSecurity.Commands.ReplaceGlobalSecurityPolicies;
using Invoke.Application.NetworkSecurity.Commands.ReplaceProjectSecurityPolicies;
using Invoke.Application.NetworkSecurity.Queries.GetGlobalSecurityPolicies;
using Invoke.Application.NetworkSecurity.Queries.GetProjectSecurityPolicies;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.Controllers;

/// <summary>
/// The rules for functions' outgoing connections (admin-api.md §6.9-6.12, docs/adr/0029): global rules for
/// administrators; a project's rules readable and testable by its members, replaceable by its owners and administrators.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.Jwt)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status403Forbidden)]
public sealed class SecurityPoliciesController(IMediator mediator) : ApiControllerBase
{
    private const string GlobalRoute = "api/admin/global/security";
    private const string ProjectRoute = "api/admin/projects/{projectId}/security";

    [HttpGet(GlobalRoute)]
    [Authorize(Policy = AuthorizationPolicies.Admin)]
    [ProducesResponseType<SecurityRulesResponse>(StatusCodes.Status200OK)]
    public async Task<SecurityRulesResponse> GetGlobal(CancellationToken cancellationToken) =>
        SecurityRulesResponse.From(await mediator.Send(new GetGlobalSecurityPoliciesQuery(), cancellationToken));

    /// <summary>Makes the global rules exactly the given list; its order is their priority.</summary>
    [HttpPut(GlobalRoute)]
    [Authorize(Policy = AuthorizationPolicies.Admin)]
    [ProducesResponseType<SuccessResponse>(StatusCodes.Status200OK)]
    public async Task<SuccessResponse> ReplaceGlobal(SecurityRulesRequest body, CancellationToken cancellationToken)
    {
        await mediator.Send(new ReplaceGlobalSecurityPoliciesCommand(body.Inputs()), cancellationToken);
        return new SuccessResponse("Global security policies updated successfully");
    }

    /// <summary>Whether a function could reach <c>host</c> under the global rules followed by the posted ones.</summary>
    [HttpPost(GlobalRoute + "/test")]
    [Authorize(Policy = AuthorizationPolicies.Admin)]
    [ProducesResponseType<SecurityTestResponse>(StatusCodes.Status200OK)]
    public async Task<SecurityTestResponse> TestGlobal(SecurityTestRequest body, CancellationToken cancellationToken) =>
        SecurityTestResponse.From(await mediator.Send(body.ToQuery(null), cancellationToken));

    [HttpGet(ProjectRoute)]
    [ProducesResponseType<SecurityRulesResponse>(StatusCodes.Status200OK)]
    public async Task<SecurityRulesResponse> GetProject(Guid projectId, CancellationToken cancellationToken) =>
        SecurityRulesResponse.From(await mediator.Send(new GetProjectSecurityPoliciesQuery(projectId), cancellationToken));

    [HttpPut(ProjectRoute)]
    [ProducesResponseType<SuccessResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<SuccessResponse> ReplaceProject(Guid projectId, SecurityRulesRequest body, CancellationToken cancellationToken)
    {
        await mediator.Send(new ReplaceProjectSecurityPoliciesCommand(projectId, body.Inputs()), cancellationToken);
        return new SuccessResponse("Security policies updated successfully");
    }

    /// <summary>Whether a function of the project could reach <c>host</c> under the global rules followed by the posted ones.</summary>
    [HttpPost(ProjectRoute + "/test")]
    [ProducesResponseType<SecurityTestResponse>(StatusCodes.Status200OK)]
    public async Task<SecurityTestResponse> TestProject(Guid projectId, SecurityTestRequest body, CancellationToken cancellationToken) =>
        SecurityTestResponse.From(await mediator.Send(body.ToQuery(projectId), cancellationToken));
}
