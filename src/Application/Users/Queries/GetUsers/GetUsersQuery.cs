using MediatR;

namespace Invoke.Application.Users.Queries.GetUsers;

/// <summary>Every user, newest first, with the number of projects they belong to.</summary>
public sealed record GetUsersQuery : IRequest<IReadOnlyList<UserSummaryDto>>;
