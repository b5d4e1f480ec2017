using MediatR;

namespace Invoke.Application.Auth.Queries.GetCurrentUser;

/// <summary>The caller and its projects (<c>GET /api/auth/me</c>).</summary>
public sealed record GetCurrentUserQuery : IRequest<CurrentUserDto>;
