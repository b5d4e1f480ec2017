using Invoke.Api.Envelopes;
using Invoke.Api.Security;
using Invoke.Application.Users.Commands.CreateUser;
using Invoke.Application.Users.Commands.DeleteUser;
using Invoke.Application.Users.Commands.UpdateUser;
using Invoke.Application.Users.Queries.GetUsers;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Invoke.Api.Controllers.Admin;

/// <summary>User administration. Success bodies are the original's bare objects; errors carry <c>error</c>.</summary>
[Route("api/admin/users")]
[Authorize(Policy = AuthorizationPolicies.Admin)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status403Forbidden)]
public sealed class AdminUsersController(IMediator mediator) : ApiControllerBase
{
    /// <summary>Every user with the number of projects they belong to, newest first.</summary>
    [HttpGet]
    [ProducesResponseType<UsersResponse>(StatusCodes.Status200OK)]
    public async Task<UsersResponse> List(CancellationToken cancellationToken) =>
        new(await mediator.Send(new GetUsersQuery(), cancellationToken));

    /// <summary>Creates a user; a weak password is refused with its zxcvbn <c>score</c>.</summary>
    [HttpPost]
    [ProducesResponseType<UserResponse<CreatedUserDto>>(StatusCodes.Status201Created)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Create(CreateUserRequest body, CancellationToken cancellationToken)
    {
        var user = await mediator.Send(
            new CreateUserCommand(body.Username, body.Email, body.Password, body.IsAdmin), cancellationToken);
        return StatusCode(StatusCodes.Status201Created, new UserResponse<CreatedUserDto>(user));
    }

    /// <summary>Changes the fields the body carries; nobody can drop their own admin rights or set their own password here.</summary>
    [HttpPut]
    [ProducesResponseType<UserResponse<UpdatedUserDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<UserResponse<UpdatedUserDto>> Update(UpdateUserRequest body, CancellationToken cancellationToken) =>
        new(await mediator.Send(
            new UpdateUserCommand(body.Id, body.Username, body.Email, body.IsAdmin, body.Password), cancellationToken));

    /// <summary>Deletes the user named by <c>id</c> in the JSON body (not oneself, a deployer or a sole owner).</summary>
    [HttpDelete]
    [ProducesResponseType<SuccessResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public Task<SuccessResponse> Delete(
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] DeleteUserRequest? body,
        CancellationToken cancellationToken) =>
        DeleteAsync(body?.Id, cancellationToken);

    /// <summary>The same as <c>DELETE /api/admin/users</c> with the id in the path.</summary>
    [HttpDelete("{id}")]
    [ProducesResponseType<SuccessResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public Task<SuccessResponse> DeleteById(int id, CancellationToken cancellationToken) =>
        DeleteAsync(id, cancellationToken);

    private async Task<SuccessResponse> DeleteAsync(int? id, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteUserCommand(id), cancellationToken);
        return new SuccessResponse("User deleted successfully");
    }
}
