using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Options;
using Invoke.Application.Common.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Invoke.Infrastructure.Identity;

/// <summary>Cloudflare Turnstile's siteverify call, as the original makes it (admin-api.md §2.6).</summary>
internal sealed class TurnstileCaptchaVerifier(
    HttpClient httpClient, IOptions<TurnstileOptions> options, ILogger<TurnstileCaptchaVerifier> logger) : ICaptchaVerifier
{
    public static readonly Uri SiteVerifyUri = new("https://challenges.cloudflare.com/turnstile/v0/siteverify");

    public bool IsEnabled => !string.IsNullOrEmpty(options.Value.SecretKey);

    public async Task<CaptchaVerdict> VerifyAsync(string token, string? clientAddress, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await httpClient.PostAsJsonAsync(
                SiteVerifyUri, new SiteVerifyRequest(options.Value.SecretKey!, token, clientAddress), cancellationToken);
            response.EnsureSuccessStatusCode();
            var answer = await response.Content.ReadFromJsonAsync<SiteVerifyResponse>(cancellationToken);
            return answer?.Success == true ? CaptchaVerdict.Passed : CaptchaVerdict.Failed;
        }
        catch (Exception exception) when (exception is HttpRequestException or System.Text.Json.JsonException
                                              or TaskCanceledException { InnerException: TimeoutException })
        {
            logger.LogWarning(exception, "Turnstile verification failed");
            return CaptchaVerdict.Unavailable;
        }
    }

    private sealed record SiteVerifyRequest(
        [property: JsonPropertyName("secret")] string Secret,
        [property: JsonPropertyName("response")] string Response,
        [property: JsonPropertyName("remoteip")] string? RemoteIp);

    private sealed record SiteVerifyResponse([property: JsonPropertyName("success")] bool Success);
}
