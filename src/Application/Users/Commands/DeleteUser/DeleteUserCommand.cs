using Invoke.Application.Common.Behaviours;
using MediatR;

namespace Invoke.Application.Users.Commands.DeleteUser;

/// <summary>
/// Deletes a user and their API keys, unless they are the caller, deployed a function, or are the only owner of a
/// project. What they created elsewhere (projects, memberships, versions) stays, with its creator cleared.
/// </summary>
public sealed record DeleteUserCommand(int? Id) : IRequest, ISerializableCommand;
