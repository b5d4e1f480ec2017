using MediatR;

namespace Invoke.Application.Users.Commands.CreateUser;

/// <param name="IsAdmin">False when omitted.</param>
public sealed record CreateUserCommand(string? Username, string? Email, string? Password, bool? IsAdmin)
    : IRequest<CreatedUserDto>;
