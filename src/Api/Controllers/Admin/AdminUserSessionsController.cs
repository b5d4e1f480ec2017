using Invoke.Api.Contracts.Auth;
using Invoke.Api.Envelopes;
using Invoke.Api.Security;
using Invoke.Application.Sessions.Commands.RevokeSessions;
using Invoke.Application.Sessions.Queries.GetSessions;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.Controllers.Admin;

/// <summary>Any user's sessions, for administrators. Bare success bodies, as the other admin routes answer.</summary>
[Route("api/admin/users/{userId}/sessions")]
[Authorize(Policy = AuthorizationPolicies.Admin)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status403Forbidden)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
public sealed class AdminUserSessionsController(IMediator mediator) : ApiControllerBase
{
    [HttpGet]
    [ProducesResponseType<SessionsResponse>(StatusCodes.Status200OK)]
    public async Task<SessionsResponse> List(int userId, CancellationToken cancellationToken) =>
        new(SessionResponse.From(await mediator.Send(new GetSessionsQuery(userId), cancellationToken)));

    /// <summary>Ends every session of the user: they sign in again once their access tokens expire.</summary>
    [HttpDelete]
    [ProducesResponseType<SuccessResponse>(StatusCodes.Status200OK)]
    public Task<SuccessResponse> RevokeAll(int userId, CancellationToken cancellationToken) =>
        RevokeAsync(userId, null, "Sessions revoked", cancellationToken);

    [HttpDelete("{sessionId}")]
    [ProducesResponseType<SuccessResponse>(StatusCodes.Status200OK)]
    public Task<SuccessResponse> Revoke(int userId, Guid sessionId, CancellationToken cancellationToken) =>
        RevokeAsync(userId, sessionId, "Session revoked", cancellationToken);

    private async Task<SuccessResponse> RevokeAsync(
        int userId, Guid? sessionId, string message, CancellationToken cancellationToken)
    {
        await mediator.Send(new RevokeSessionsCommand(userId, sessionId), cancellationToken);
        return new SuccessResponse(message);
    }
}
