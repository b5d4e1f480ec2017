using MediatR;

namespace Invoke.Application.Auth.Commands.ChangePassword;

/// <summary>The current user's new password; the current one proves the caller knows it.</summary>
public sealed record ChangePasswordCommand(string? CurrentPassword, string? NewPassword) : IRequest<ChangePasswordResultDto>;
