using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Domain.Users;
using MediatR;

namespace Invoke.Application.Users.Commands.CreateUser;

public sealed class CreateUserCommandHandler(
    IApplicationDbContext context, IPasswordStrengthEstimator estimator, IPasswordHasher hasher)
    : IRequestHandler<CreateUserCommand, CreatedUserDto>
{
    public async Task<CreatedUserDto> Handle(CreateUserCommand request, CancellationToken cancellationToken)
    {
        var username = request.Username!.Trim();
        var email = request.Email!.Trim();
        // The original judges the password before looking for duplicates.
        PasswordRules.EnsureStrong(estimator, request.Password!, "password", username, email);
        await UniqueUserFields.EnsureFreeAsync(context, username, email, exceptUserId: null, cancellationToken);

        var user = User.Create(username, email, hasher.Hash(request.Password!), request.IsAdmin ?? false);
        context.Users.Add(user);
        await UniqueUserFields.SaveAsync(context, cancellationToken);
        return CreatedUserDto.From(user);
    }
}
