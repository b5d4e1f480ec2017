using Invoke.Api.Contracts.Auth;
using Invoke.Api.Envelopes;
using Invoke.Api.Security;
using Invoke.Application.Auth.Commands.ChangeEmail;
using Invoke.Application.Auth.Commands.ChangePassword;
using Invoke.Application.Auth.Commands.Login;
using Invoke.Application.Auth.Queries.GetCurrentUser;
using Invoke.Application.Sessions.Commands.Logout;
using Invoke.Application.Sessions.Commands.RefreshSession;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Invoke.Api.Controllers;

[Route("api/auth")]
public sealed class AuthController(IMediator mediator, SessionCookies cookies) : ApiControllerBase
{
    private const string OwnTokenMissing = "Unauthorized";
    private const string OwnTokenInvalid = "Invalid or expired token";

    /// <summary>
    /// Signs in with a username or email and a password and starts a session: <c>data.token</c> is an access token
    /// (15 minutes by default), also set as the <c>access_token</c> cookie, with the refresh token in the
    /// <c>refresh_token</c> cookie, or in <c>data.refreshToken</c> instead of both cookies when <c>refreshTokenInBody</c>
    /// is true.
    /// </summary>
    /// <remarks>A Turnstile token is required only when <c>TURNSTILE_SECRET_KEY</c> is configured. Five failures in
    /// 15 minutes, per identifier or per client address, lock logins for 15 minutes (429 with <c>Retry-After</c>).</remarks>
    [HttpPost("login")]
    [ProducesResponseType<ApiEnvelope<SessionTokensResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status429TooManyRequests)]
    public async Task<ObjectResult> Login(
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] LoginRequest? request, CancellationToken cancellationToken)
    {
        var command = new LoginCommand(
            request?.Username, request?.Password, request?.TurnstileToken, ClientAddress.Of(HttpContext), UserAgent);
        var session = await mediator.Send(command, cancellationToken);
        var inBody = request?.RefreshTokenInBody == true;
        if (!inBody)
        {
            cookies.Write(HttpContext, session);
        }

        return Envelope(SessionTokensResponse.From(session, withRefreshToken: inBody), "Login successful");
    }

    /// <summary>
    /// Trades the refresh token (the cookie, or <c>refreshToken</c> in the body) for a new access token and a new
    /// refresh token, which comes back the way the old one came. A refresh token used twice ends its session.
    /// </summary>
    [HttpPost("refresh")]
    [ProducesResponseType<ApiEnvelope<SessionTokensResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status403Forbidden)]
    public async Task<ObjectResult> Refresh(
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] RefreshTokenRequest? request, CancellationToken cancellationToken)
    {
        var presented = SessionCookies.Read(Request, request?.RefreshToken);
        var session = await mediator.Send(
            new RefreshSessionCommand(presented.Token, ClientAddress.Of(HttpContext), UserAgent), cancellationToken);
        if (presented.FromCookie)
        {
            cookies.Write(HttpContext, session);
        }

        return Envelope(SessionTokensResponse.From(session, withRefreshToken: !presented.FromCookie), "Token refreshed");
    }

    /// <summary>Ends the session of the refresh token (cookie or body) and clears the session cookies; always succeeds.</summary>
    [HttpPost("logout")]
    [ProducesResponseType<ApiEnvelope<object>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status403Forbidden)]
    public async Task<ObjectResult> Logout(
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] RefreshTokenRequest? request, CancellationToken cancellationToken)
    {
        var presented = SessionCookies.Read(Request, request?.RefreshToken);
        await mediator.Send(new LogoutCommand(presented.Token), cancellationToken);
        SessionCookies.Clear(HttpContext);
        return Envelope<object?>(null, "Logged out");
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

    /// <summary>
    /// Needs the current password; the new one must score at least 3 of 4 for strength. The user's other sessions end.
    /// </summary>
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

    private string? UserAgent => Request.Headers.UserAgent is { Count: > 0 } agent ? agent.ToString() : null;
}
