using Invoke.Api.ErrorHandling;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Net.Http.Headers;

namespace Invoke.Api.Security;

/// <summary>
/// Answers refused requests with the envelope and the original's messages instead of the schemes' bare challenges:
/// 401 <c>Authentication required</c> where API keys are accepted; on session-token routes 401
/// <c>No token provided</c>, <c>Invalid token</c> or <c>User not found</c>; 403 <c>Admin access required</c>; and
/// Invoke's 403 <c>Cross-origin request refused</c> for a cookie-authenticated write from another origin.
/// </summary>
internal sealed class EnvelopeAuthorizationResultHandler(ErrorResponses errorResponses) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(
        RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged && await IsCrossOriginCookieAsync(context))
        {
            await WriteAsync(context, StatusCodes.Status403Forbidden, AuthenticationMessages.CrossOriginRefused);
        }
        else if (authorizeResult.Challenged)
        {
            context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
            await WriteAsync(context, StatusCodes.Status401Unauthorized, await ChallengeMessageAsync(context, policy));
        }
        else if (authorizeResult.Forbidden)
        {
            var adminRequired = authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<AdminRequirement>().Any() == true;
            await WriteAsync(
                context,
                StatusCodes.Status403Forbidden,
                adminRequired ? AuthenticationMessages.AdminAccessRequired : ErrorResponses.DefaultMessage(StatusCodes.Status403Forbidden));
        }
        else
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
        }
    }

    private static async Task<bool> IsCrossOriginCookieAsync(HttpContext context) =>
        (await context.AuthenticateAsync(InvokeAuthenticationSchemes.Jwt)).Failure?.Message == AuthenticationMessages.CrossOriginRefused;

    private static async Task<string> ChallengeMessageAsync(HttpContext context, AuthorizationPolicy policy)
    {
        if (policy.AuthenticationSchemes.Contains(InvokeAuthenticationSchemes.ApiKey))
        {
            return AuthenticationMessages.AuthenticationRequired;
        }

        // Handlers remember their result for the request, so this reads the outcome rather than authenticating again.
        var result = await context.AuthenticateAsync(InvokeAuthenticationSchemes.Jwt);
        var messages = context.GetEndpoint()?.Metadata.GetMetadata<ChallengeMessagesAttribute>();
        if (result.None)
        {
            return messages?.NoToken ?? AuthenticationMessages.NoTokenProvided;
        }

        var failure = result.Failure?.Message;
        return failure == AuthenticationMessages.UserNotFound
            ? failure
            : messages?.InvalidToken ?? AuthenticationMessages.InvalidToken;
    }

    private Task WriteAsync(HttpContext context, int statusCode, string message) =>
        errorResponses.WriteAsync(context, errorResponses.Create(context, statusCode, message), context.RequestAborted);
}
