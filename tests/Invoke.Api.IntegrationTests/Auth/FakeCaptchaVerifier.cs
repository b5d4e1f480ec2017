using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;

namespace Invoke.Api.IntegrationTests.Auth;

/// <summary>Turnstile stand-in: the token names the verdict (<c>pass</c>, <c>fail</c>, anything else: unavailable).</summary>
public sealed class FakeCaptchaVerifier : ICaptchaVerifier
{
    public bool IsEnabled => true;

    public List<(string Token, string? ClientAddress)> Calls { get; } = [];

    public Task<CaptchaVerdict> VerifyAsync(string token, string? clientAddress, CancellationToken cancellationToken)
    {
        lock (Calls)
        {
            Calls.Add((token, clientAddress));
        }

        return Task.FromResult(token switch
        {
            "pass" => CaptchaVerdict.Passed,
            "fail" => CaptchaVerdict.Failed,
            _ => CaptchaVerdict.Unavailable,
        });
    }
}
