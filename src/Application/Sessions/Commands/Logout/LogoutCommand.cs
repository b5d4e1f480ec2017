using MediatR;

namespace Invoke.Application.Sessions.Commands.Logout;

/// <summary>
/// Ends the session of the presented refresh token, whichever of its tokens it is. Nothing happens for a token that is
/// unknown or malformed, or when none is presented: logging out always succeeds.
/// </summary>
public sealed record LogoutCommand(string? RefreshToken) : IRequest;
