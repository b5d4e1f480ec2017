using Invoke.Application.Sessions;
using MediatR;

namespace Invoke.Application.Auth.Commands.Login;

/// <param name="Username">A username or an email address, matched exactly.</param>
/// <param name="ClientAddress">The caller's address: counted for lockout, passed to the captcha service and kept with the session.</param>
/// <param name="UserAgent">Kept with the session, so that its user can tell it from their others.</param>
public sealed record LoginCommand(
    string? Username, string? Password, string? TurnstileToken, string? ClientAddress, string? UserAgent)
    : IRequest<IssuedSessionDto>;
