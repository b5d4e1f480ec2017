using Invoke.Application.Auth.Queries.GetAuthenticatedUser;

namespace Invoke.Application.Sessions;

/// <summary>What a client receives when a session starts or is refreshed.</summary>
/// <param name="RefreshToken">The refresh token in clear, which is never stored: only this answer has it.</param>
public sealed record IssuedSessionDto(AuthenticatedUserDto User, string AccessToken, string RefreshToken, Guid SessionId);
