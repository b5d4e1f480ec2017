using System.Security.Claims;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Infrastructure.Identity;

namespace Invoke.Api.Security;

/// <summary>The caller as the authentication handlers left it on the request (see <see cref="UserPrincipal"/>).</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor httpContextAccessor) : ICurrentUser
{
    private ClaimsPrincipal User => httpContextAccessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => User.Identity?.IsAuthenticated == true;

    public int UserId => int.Parse(Required(SessionTokenClaims.UserId));

    public string Username => Required(SessionTokenClaims.Username);

    public string Email => Required(SessionTokenClaims.Email);

    public bool IsAdmin => IsAuthenticated && UserPrincipal.IsAdmin(User);

    public bool ViaApiKey => User.Identity?.AuthenticationType == InvokeAuthenticationSchemes.ApiKey;

    public Guid? SessionId => IsAuthenticated ? UserPrincipal.SessionId(User) : null;

    private string Required(string claimType) =>
        (IsAuthenticated ? User.FindFirst(claimType)?.Value : null) ?? throw new UnauthorizedException();
}
