using Invoke.Api.Contracts.Auth;
using Invoke.Api.Envelopes;
using Invoke.Api.Security;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Sessions.Commands.RevokeSessions;
using Invoke.Application.Sessions.Queries.GetSessions;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.Controllers;

/// <summary>The caller's own sessions: one per sign-in that a refresh can still continue.</summary>
[Route("api/auth/sessions")]
[Authorize(Policy = AuthorizationPolicies.Jwt)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
public sealed class SessionsController(IMediator mediator, ICurrentUser currentUser) : ApiControllerBase
{
    /// <summary>Most recently refreshed first; <c>current</c> marks the session of the caller's access token.</summary>
    [HttpGet]
    [ProducesResponseType<ApiEnvelope<IReadOnlyList<SessionResponse>>>(StatusCodes.Status200OK)]
    public async Task<ObjectResult> List(CancellationToken cancellationToken) =>
        Envelope(
            SessionResponse.From(await mediator.Send(new GetSessionsQuery(currentUser.UserId), cancellationToken)),
            "Sessions retrieved");

    /// <summary>Ends one of the caller's sessions; its access tokens still work until they expire.</summary>
    [HttpDelete("{id}")]
    [ProducesResponseType<ApiEnvelope<object>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<ObjectResult> Revoke(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new RevokeSessionsCommand(currentUser.UserId, id), cancellationToken);
        return Envelope<object?>(null, "Session revoked");
    }
}
