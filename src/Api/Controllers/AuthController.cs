using Invoke.Api.Contracts.Auth;
using Invoke.Api.Envelopes;
using Invoke.Api.Security;
using Invoke.Application.Auth.Commands.ChangeEmail;
using Invoke.Application.Auth.Commands.ChangePassword;
using Invoke.Application.Auth.Commands.Login;
using Invoke.Application.Auth.Queries.GetCurrentUser;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Invoke.Api.Controllers;

[Route("api/auth")]
public sealed class AuthController(IMediator mediator) : ApiControllerBase
{
    private const string OwnTokenMissing = "Unauthorized";
    private const string OwnTokenInvalid = "Invalid or expired token";

    /// <summary>Signs in with a username or email and a password; the token lasts 7 days.</summary>
    /// <remarks>A Turnstile token is required only when <c>TURNSTILE_SECRET_KEY</c> is configured. Five failures in
    /// 15 minutes, per identifier or per client address, lock logins for 15 minutes (429 with <c>Retry-After</c>).</remarks>
    [HttpPost("login")]
    [ProducesResponseType<ApiEnvelope<LoginResultDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status429TooManyRequests)]
    public async Task<ObjectResult> Login(
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] LoginRequest? request, CancellationToken cancellationToken)
    {
        var command = new LoginCommand(
            request?.Username, request?.Password, request?.TurnstileToken, ClientAddress.Of(HttpContext));
        return Envelope(await mediator.Send(command, cancellationToken), "Login successful");
    }

    /// <summary>The caller and the projects it works in.</summary>
    [HttpGet("me")]
    [Authorize(Policy = AuthorizationPolicies.JwtOrApiKey)]
    [ProducesResponseType<ApiEnvelope<CurrentUserDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
    public async Task<ObjectResult> Me(CancellationToken cancellationToken) =>
        Envelope(await mediator.Send(new GetCurrentUserQuery(), cancellationToken), "User authenticated");

    [HttpPut("change-email")]
    [Authorize(Policy = AuthorizationPolicies.Jwt)]
    [ChallengeMessages(OwnTokenMissing, OwnTokenInvalid)]
    [ProducesResponseType<ApiEnvelope<ChangeEmailResultDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status409Conflict)]
    public async Task<ObjectResult> ChangeEmail(
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] ChangeEmailRequest? request, CancellationToken cancellationToken) =>
        Envelope(
            await mediator.Send(new ChangeEmailCommand(request?.Email), cancellationToken),
            "Email updated successfully");

    /// <summary>Needs the current password; the new one must score at least 3 of 4 for strength.</summary>
    [HttpPut("change-password")]
    [Authorize(Policy = AuthorizationPolicies.Jwt)]
    [ChallengeMessages(OwnTokenMissing, OwnTokenInvalid)]
    [ProducesResponseType<ApiEnvelope<ChangePasswordResultDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
    public async Task<ObjectResult> ChangePassword(
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] ChangePasswordRequest? request, CancellationToken cancellationToken) =>
        Envelope(
            await mediator.Send(new ChangePasswordCommand(request?.CurrentPassword, request?.NewPassword), cancellationToken),
            "Password changed successfully");
}
