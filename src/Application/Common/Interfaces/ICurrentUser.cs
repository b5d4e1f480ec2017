using Invoke.Application.Common.Exceptions;

namespace Invoke.Application.Common.Interfaces;

/// <summary>
/// The caller of the current request. Everything but <see cref="ViaApiKey"/> comes from the <c>users</c> row read
/// on this request, never from the token, so a demoted admin or a deleted user loses access at once.
/// </summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <exception cref="UnauthorizedException">The request is anonymous.</exception>
    int UserId { get; }

    /// <exception cref="UnauthorizedException">The request is anonymous.</exception>
    string Username { get; }

    /// <exception cref="UnauthorizedException">The request is anonymous.</exception>
    string Email { get; }

    /// <summary>False for an anonymous request.</summary>
    bool IsAdmin { get; }

    /// <summary>True when the caller authenticated with a user API key rather than a session token.</summary>
    bool ViaApiKey { get; }

    /// <summary>The session of the caller's access token; null for API keys and tokens issued outside a session.</summary>
    Guid? SessionId { get; }
}
