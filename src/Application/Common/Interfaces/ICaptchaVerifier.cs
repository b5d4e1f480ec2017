using Invoke.Application.Common.Security;

namespace Invoke.Application.Common.Interfaces;

/// <summary>Cloudflare Turnstile on login, when a secret key is configured (<c>TURNSTILE_SECRET_KEY</c>).</summary>
public interface ICaptchaVerifier
{
    /// <summary>False when no secret key is configured: logins then need no challenge token.</summary>
    bool IsEnabled { get; }

    Task<CaptchaVerdict> VerifyAsync(string token, string? clientAddress, CancellationToken cancellationToken);
}
