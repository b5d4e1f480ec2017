using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Auth.Queries.GetAuthenticatedUser;

public sealed class GetAuthenticatedUserQueryHandler(IApplicationDbContext context)
    : IRequestHandler<GetAuthenticatedUserQuery, AuthenticatedUserDto?>
{
    public async Task<AuthenticatedUserDto?> Handle(GetAuthenticatedUserQuery request, CancellationToken cancellationToken) =>
        await context.Users
            .AsNoTracking()
            .Where(u => u.Id == request.UserId)
            .Select(u => new AuthenticatedUserDto(u.Id, u.Username, u.Email, u.IsAdmin == true))
            .FirstOrDefaultAsync(cancellationToken);
}
