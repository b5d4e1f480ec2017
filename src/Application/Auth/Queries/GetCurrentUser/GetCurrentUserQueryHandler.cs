using Invoke.Application.Auth.Queries.GetUserProjects;
using Invoke.Application.Common.Interfaces;
using MediatR;

namespace Invoke.Application.Auth.Queries.GetCurrentUser;

/// <remarks>
/// The user fields come from <see cref="ICurrentUser"/>, which authentication has just read: this request costs one
/// more lookup (the projects, a query of its own so that it can be cached), not two.
/// </remarks>
public sealed class GetCurrentUserQueryHandler(ICurrentUser currentUser, IMediator mediator)
    : IRequestHandler<GetCurrentUserQuery, CurrentUserDto>
{
    public async Task<CurrentUserDto> Handle(GetCurrentUserQuery request, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        var isAdmin = currentUser.IsAdmin;
        var projects = await mediator.Send(new GetUserProjectsQuery(userId, isAdmin), cancellationToken);
        return new CurrentUserDto(
            userId,
            currentUser.Username,
            currentUser.Email,
            isAdmin,
            isAdmin ? CurrentUserDto.AdminRole : CurrentUserDto.UserRole,
            projects);
    }
}
