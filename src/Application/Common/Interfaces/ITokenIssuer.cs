using Invoke.Application.Auth.Queries.GetAuthenticatedUser;

namespace Invoke.Application.Common.Interfaces;

/// <summary>Signs session tokens (the original's HS256 JWT with <c>userId</c>, <c>username</c>, <c>email</c>, <c>isAdmin</c>).</summary>
public interface ITokenIssuer
{
    string Issue(AuthenticatedUserDto user);
}
