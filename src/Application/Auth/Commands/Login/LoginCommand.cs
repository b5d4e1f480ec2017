using MediatR;

namespace Invoke.Application.Auth.Commands.Login;

/// <param name="Username">A username or an email address, matched exactly.</param>
/// <param name="ClientAddress">The caller's address: counted for lockout and passed to the captcha service.</param>
public sealed record LoginCommand(string? Username, string? Password, string? TurnstileToken, string? ClientAddress)
    : IRequest<LoginResultDto>;
