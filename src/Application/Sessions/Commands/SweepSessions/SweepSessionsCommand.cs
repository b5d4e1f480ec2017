using MediatR;

namespace Invoke.Application.Sessions.Commands.SweepSessions;

/// <summary>
/// Deletes the refresh tokens no request can use any more: every token of a revoked session, and expired tokens.
/// Rotated tokens of a live session stay until they expire, for reuse detection.
/// </summary>
/// <returns>How many tokens were deleted.</returns>
public sealed record SweepSessionsCommand : IRequest<int>;
