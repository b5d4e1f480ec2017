using MediatR;

namespace Invoke.Application.Auth.Queries.GetAuthenticatedUser;

/// <summary>
/// The user behind a credential, read on every authenticated request; null when the user no longer exists.
/// Side-effect free, so that it can be cached and invalidated when the user changes.
/// </summary>
public sealed record GetAuthenticatedUserQuery(int UserId) : IRequest<AuthenticatedUserDto?>;
