using MediatR;

namespace Invoke.Application.Sessions.Queries.GetSessions;

/// <summary>
/// The sessions of a user that a refresh can still continue, most recently used first. A user may list only their
/// own; an administrator anyone's.
/// </summary>
public sealed record GetSessionsQuery(int UserId) : IRequest<IReadOnlyList<SessionDto>>;
