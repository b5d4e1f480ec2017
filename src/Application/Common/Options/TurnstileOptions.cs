namespace Invoke.Application.Common.Options;

/// <summary>Cloudflare Turnstile settings (<c>TURNSTILE_SITE_KEY</c>, <c>TURNSTILE_SECRET_KEY</c>).</summary>
public sealed class TurnstileOptions
{
    /// <summary>Cloudflare's always-passing test key, the original platform's default.</summary>
    public const string TestSiteKey = "1x00000000000000000000AA";

    public string SiteKey { get; set; } = TestSiteKey;

    /// <summary>When set, every login must pass a Turnstile challenge; when not, logins need none.</summary>
    public string? SecretKey { get; set; }
}
