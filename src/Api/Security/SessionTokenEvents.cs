using Invoke.Application.Auth.Queries.GetAuthenticatedUser;
using Invoke.Infrastructure.Identity;
using MediatR;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Invoke.Api.Security;

/// <summary>
/// Completes JWT bearer authentication the way the original does: a token whose signature and expiry check out is
/// only a claim to be a user id; the user is read from the database, and a user that no longer exists is refused.
/// The failure messages are the wire messages the 401 answer carries.
/// </summary>
internal sealed class SessionTokenEvents(IMediator mediator) : JwtBearerEvents
{
    public override Task MessageReceived(MessageReceivedContext context)
    {
        // A bearer credential that is not even shaped like a JWT (a user API key) is refused without running, and
        // logging, a token validation; the API key scheme looks at it next.
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && !header.Contains('.'))
        {
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
        if (!int.TryParse(context.Principal?.FindFirst(SessionTokenClaims.UserId)?.Value, out var userId))
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

        context.Principal = UserPrincipal.Create(user, context.Scheme.Name);
    }
}
