using MediatR;

namespace Invoke.Application.Auth.Commands.ChangeEmail;

/// <summary>The current user's new email address.</summary>
public sealed record ChangeEmailCommand(string? Email) : IRequest<ChangeEmailResultDto>;
