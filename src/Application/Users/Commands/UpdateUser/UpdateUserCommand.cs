using MediatR;

namespace Invoke.Application.Users.Commands.UpdateUser;

/// <summary>
/// Changes what the request carries: blank or omitted fields keep their value. An administrator cannot drop their own
/// admin rights nor set their own password here.
/// </summary>
public sealed record UpdateUserCommand(int? Id, string? Username, string? Email, bool? IsAdmin, string? Password)
    : IRequest<UpdatedUserDto>;
