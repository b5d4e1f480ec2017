using Invoke.Api.Envelopes;
using Invoke.Api.Security;
using Invoke.Application.ProjectMembers.Commands.AddProjectMember;
using Invoke.Application.ProjectMembers.Commands.ChangeProjectMemberRole;
using Invoke.Application.ProjectMembers.Commands.RemoveProjectMember;
using Invoke.Application.ProjectMembers.Queries.GetProjectMembers;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Invoke.Api.Controllers.Admin;

/// <summary>Project membership administration. Success bodies are the original's bare objects; errors carry <c>error</c>.</summary>
[Route("api/admin/project-members")]
[Authorize(Policy = AuthorizationPolicies.Admin)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status403Forbidden)]
public sealed class AdminProjectMembersController(IMediator mediator) : ApiControllerBase
{
    /// <summary>The members of the project <c>projectId</c>, oldest first.</summary>
    [HttpGet]
    [ProducesResponseType<MembersResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<MembersResponse> List(Guid? projectId, CancellationToken cancellationToken) =>
        new(await mediator.Send(new GetProjectMembersQuery(projectId), cancellationToken));

    /// <summary>Adds a user to a project (role <c>developer</c> unless given).</summary>
    [HttpPost]
    [ProducesResponseType<MembershipResponse<AddedProjectMemberDto>>(StatusCodes.Status201Created)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Add(AddProjectMemberRequest body, CancellationToken cancellationToken)
    {
        var membership = await mediator.Send(
            new AddProjectMemberCommand(body.ProjectId, body.UserId, body.Role), cancellationToken);
        return StatusCode(StatusCodes.Status201Created, new MembershipResponse<AddedProjectMemberDto>(membership));
    }

    /// <summary>Changes a member's role; a project's last owner cannot be demoted.</summary>
    [HttpPut]
    [ProducesResponseType<MembershipResponse<MembershipDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<MembershipResponse<MembershipDto>> ChangeRole(
        ChangeProjectMemberRoleRequest body, CancellationToken cancellationToken) =>
        new(await mediator.Send(new ChangeProjectMemberRoleCommand(body.MembershipId, body.Role), cancellationToken));

    /// <summary>Removes the membership <c>membershipId</c> of the JSON body; a project's last owner cannot be removed.</summary>
    [HttpDelete]
    [ProducesResponseType<SuccessResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public Task<SuccessResponse> Remove(
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] RemoveProjectMemberRequest? body,
        CancellationToken cancellationToken) =>
        RemoveAsync(body?.MembershipId, cancellationToken);

    /// <summary>The same as <c>DELETE /api/admin/project-members</c> with the membership id in the path.</summary>
    [HttpDelete("{membershipId}")]
    [ProducesResponseType<SuccessResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public Task<SuccessResponse> RemoveById(int membershipId, CancellationToken cancellationToken) =>
        RemoveAsync(membershipId, cancellationToken);

    private async Task<SuccessResponse> RemoveAsync(int? membershipId, CancellationToken cancellationToken)
    {
        await mediator.Send(new RemoveProjectMemberCommand(membershipId), cancellationToken);
        return new SuccessResponse("Member removed successfully");
    }
}
