using Invoke.Application.Auth.Queries.GetAuthenticatedUser;
using Invoke.Application.Sessions;
using Invoke.Infrastructure.Identity;
using MediatR;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Invoke.Api.Security;

/// <summary>
/// Completes JWT bearer authentication the way the original does: a token whose signature and expiry check out is
/// only a claim to be a user id; the user is read from the database, and a user that no longer exists is refused.
/// The token comes from <c>Authorization: Bearer</c> or, for a request without credential headers, from the
/// <c>access_token</c> cookie. Tokens signed for longer than the access-token lifetime (the original's seven-day ones)
/// are refused. The failure messages are the wire messages the answer carries.
/// </summary>
internal sealed class SessionTokenEvents(IMediator mediator, IOptions<SessionTokenOptions> options) : JwtBearerEvents
{
    public override Task MessageReceived(MessageReceivedContext context)
    {
        var request = context.Request;
        var header = request.Headers.Authorization.ToString();
        if (header.Length == 0 && !request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName))
        {
            UseCookie(context);
        }
        else if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && !header.Contains('.'))
        {
            // A bearer credential that is not even shaped like a JWT (a user API key) is refused without running, and
            // logging, a token validation; the API key scheme looks at it next.
            context.Fail(AuthenticationMessages.InvalidToken);
        }

        return Task.CompletedTask;
    }

    public override Task AuthenticationFailed(AuthenticationFailedContext context)
    {
        context.Fail(AuthenticationMessages.InvalidToken);
        return Task.CompletedTask;
    }

    public override async Task TokenValidated(TokenValidatedContext context)
    {
        if (!int.TryParse(context.Principal?.FindFirst(SessionTokenClaims.UserId)?.Value, out var userId)
            || !IssuedForTheAccessLifetime(context.SecurityToken))
        {
            context.Fail(AuthenticationMessages.InvalidToken);
            return;
        }

        var user = await mediator.Send(new GetAuthenticatedUserQuery(userId), context.HttpContext.RequestAborted);
        if (user is null)
        {
            context.Fail(AuthenticationMessages.UserNotFound);
            return;
        }

        context.Principal = UserPrincipal.Create(user, context.Scheme.Name, UserPrincipal.SessionId(context.Principal!));
    }

    private static void UseCookie(MessageReceivedContext context)
    {
        var cookie = context.Request.Cookies[SessionCookies.AccessTokenName];
        if (string.IsNullOrEmpty(cookie))
        {
            return;
        }

        if (SameOrigin.AllowsCookieCredentials(context.Request))
        {
            context.Token = cookie;
        }
        else
        {
            context.Fail(AuthenticationMessages.CrossOriginRefused);
        }
    }

    // Without an upper bound on exp - iat, a token signed before sessions existed (seven days) would outlive every
    // revocation.
    private bool IssuedForTheAccessLifetime(SecurityToken token) =>
        token is JsonWebToken { IssuedAt: var issuedAt } jwt
        && issuedAt != DateTime.MinValue
        && jwt.ValidTo - issuedAt <= options.Value.AccessTokenLifetime;
}
