using MediatR;

namespace Invoke.Application.Sessions.Commands.RefreshSession;

/// <summary>Trades a session's refresh token for a new access token and a new refresh token.</summary>
/// <param name="RefreshToken">As the client presented it (cookie or body); null or empty when it sent none.</param>
/// <param name="ClientAddress">Kept with the new token, as the session's last address.</param>
public sealed record RefreshSessionCommand(string? RefreshToken, string? ClientAddress, string? UserAgent)
    : IRequest<IssuedSessionDto>;
