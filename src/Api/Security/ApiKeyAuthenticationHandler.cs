using System.Text.Encodings.Web;
using Invoke.Application.ApiKeys.Queries.GetApiKeyOwner;
using Invoke.Application.Auth.Queries.GetAuthenticatedUser;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Invoke.Api.Security;

/// <summary>
/// User API keys, looked for in the original's order (admin-api.md §2.3): the <c>Authorization: Bearer</c> value
/// when that header is present (so <c>x-api-key</c> is then ignored), otherwise <c>x-api-key</c>. The key must be
/// active and its creator must still exist; the use is counted without a database write.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IMediator mediator,
    IApiKeyUsageRecorder usageRecorder) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string HeaderName = "x-api-key";

    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = PresentedKey();
        if (key is null || !ApiKeySecret.IsWellFormed(key))
        {
            return AuthenticateResult.NoResult();
        }

        var owner = await mediator.Send(new GetApiKeyOwnerQuery(ApiKeySecret.Hash(key)), Context.RequestAborted);
        var user = owner is null
            ? null
            : await mediator.Send(new GetAuthenticatedUserQuery(owner.UserId), Context.RequestAborted);
        if (owner is null || user is null)
        {
            return AuthenticateResult.Fail("Invalid API key");
        }

        usageRecorder.RecordUse(owner.ApiKeyId);
        return AuthenticateResult.Success(new AuthenticationTicket(UserPrincipal.Create(user, Scheme.Name), Scheme.Name));
    }

    private string? PresentedKey()
    {
        var authorization = Request.Headers.Authorization.ToString();
        if (authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return authorization[BearerPrefix.Length..].Trim();
        }

        var header = Request.Headers[HeaderName].ToString();
        return header.Length == 0 ? null : header.Trim();
    }
}
