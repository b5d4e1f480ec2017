namespace Invoke.Application.Common.Interfaces;

/// <summary>The user the current request acts for.</summary>
public interface ICurrentUser
{
    /// <summary>The user's id; throws <c>UnauthorizedException</c> when the request is anonymous.</summary>
    int UserId { get; }

    bool IsAuthenticated { get; }

    /// <summary>From the database, not from the token.</summary>
    bool IsAdmin { get; }

    string Username { get; }

    bool ViaApiKey { get; }
}
