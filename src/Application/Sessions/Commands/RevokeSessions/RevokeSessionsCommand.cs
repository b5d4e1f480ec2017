using MediatR;

namespace Invoke.Application.Sessions.Commands.RevokeSessions;

/// <summary>
/// Ends one session of a user, or all of them when <paramref name="SessionId"/> is null. A user may end only their own
/// sessions; an administrator anyone's. Access tokens already issued expire on their own, within their lifetime.
/// </summary>
public sealed record RevokeSessionsCommand(int UserId, Guid? SessionId) : IRequest;
