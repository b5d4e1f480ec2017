using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Invoke.Application.Runtime.Gateway;
using Invoke.Infrastructure.Networking;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Invoke.Infrastructure.Gateway;

/// <summary>
/// Verifies gateway bearer tokens in every <c>jwtMode</c>. <c>fixed_secret</c> takes HS256/384/512 only (any secret
/// length, as jsonwebtoken does); the key-set modes take RS*, ES* and PS* only, so that a public key can never be used
/// as an HMAC secret. Expiry and not-before are always enforced, audience and issuer whenever configured (also for
/// <c>fixed_secret</c>, which the original skipped). Key sets are cached for ten minutes and discovery documents for an
/// hour; a token signed with an unknown key id refetches its key set, at most every <see cref="GatewayTokenOptions.JwksRefetchInterval"/>, so
/// a provider's key rotation is picked up at once.
/// </summary>
internal sealed class JwtGatewayTokenVerifier(
    TimeProvider time, IOptions<GatewayTokenOptions> options, PlatformHttpClient http, ILogger<JwtGatewayTokenVerifier> logger)
    : IGatewayTokenVerifier
{
    public static readonly TimeSpan KeySetLifetime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan DiscoveryLifetime = TimeSpan.FromHours(1);

    private static readonly string[] HmacAlgorithms = [SecurityAlgorithms.HmacSha256, SecurityAlgorithms.HmacSha384, SecurityAlgorithms.HmacSha512];

    private static readonly string[] KeySetAlgorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
    ];

    private static readonly JsonWebTokenHandler Handler = new();

    private readonly ConcurrentDictionary<string, JwtSettings> _settings = new();
    private readonly ConcurrentDictionary<string, Fetched<IList<SecurityKey>>> _keySets = new();
    private readonly ConcurrentDictionary<string, Fetched<string>> _discovered = new();

    public async Task<GatewayTokenVerdict> VerifyAsync(string token, string config, CancellationToken cancellationToken)
    {
        var settings = _settings.GetOrAdd(config, JwtSettings.Parse);
        if (!Handler.CanReadToken(token))
        {
            return GatewayTokenVerdict.Refused("Malformed JWT: cannot decode header");
        }

        try
        {
            if (settings.Mode == "fixed_secret")
            {
                return (await ValidateAsync(token, settings, HmacParameters(settings))).Verdict;
            }

            var keySetUrl = await KeySetUrlAsync(settings, cancellationToken);
            var keys = await KeysAsync(keySetUrl, refresh: false, cancellationToken);
            var (verdict, unknownKey) = await ValidateAsync(token, settings, KeySetParameters(settings, keys.Value));
            if (unknownKey && time.GetUtcNow() - keys.FetchedAt >= options.Value.JwksRefetchInterval)
            {
                keys = await KeysAsync(keySetUrl, refresh: true, cancellationToken);
                (verdict, _) = await ValidateAsync(token, settings, KeySetParameters(settings, keys.Value));
            }

            return verdict;
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or ArgumentException or InvalidOperationException or TaskCanceledException
            && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Gateway JWT keys unavailable: {Message}", exception.Message);
            return GatewayTokenVerdict.Refused(exception.Message);
        }
    }


    /// <returns>The verdict, and whether no key of the set fits the token (perhaps one the provider has just added).</returns>
    private static async Task<(GatewayTokenVerdict Verdict, bool UnknownKey)> ValidateAsync(string token, JwtSettings settings, TokenValidationParameters parameters)
    {
        parameters.ValidateAudience = settings.Audience is not null;
        parameters.ValidAudience = settings.Audience;
        parameters.ValidateIssuer = settings.Issuer is not null;
        parameters.ValidIssuer = settings.Issuer;
        parameters.ValidateLifetime = true;
        parameters.RequireExpirationTime = false;
        parameters.ClockSkew = TimeSpan.Zero;
        var result = await Handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return (GatewayTokenVerdict.Refused(result.Exception?.Message ?? "invalid token"),
                result.Exception is SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException);
        }

        return (new GatewayTokenVerdict(true, jwt.Subject is { Length: > 0 } subject ? subject : null, Base64UrlEncoder.Decode(jwt.EncodedPayload), null), false);
    }

    private static TokenValidationParameters HmacParameters(JwtSettings settings) => new()
    {
        ValidAlgorithms = HmacAlgorithms,
        ValidateIssuerSigningKey = false,
        // IdentityModel refuses HMAC keys under 256 bits; jsonwebtoken, whose tokens these are, takes any secret.
        SignatureValidator = (token, _) => VerifyHmac(token, settings.Secret!),
    };

    private static TokenValidationParameters KeySetParameters(JwtSettings settings, IList<SecurityKey> keys) => new()
    {
        ValidAlgorithms = KeySetAlgorithms,
        IssuerSigningKeys = keys,
        // A token without "kid" is verified only when the key set has exactly one key, as jwks-rsa does.
        TryAllIssuerSigningKeys = keys.Count == 1,
    };

    private static JsonWebToken VerifyHmac(string token, string secret)
    {
        var jwt = new JsonWebToken(token);
        using HMAC hmac = jwt.Alg switch
        {
            SecurityAlgorithms.HmacSha256 => new HMACSHA256(Encoding.UTF8.GetBytes(secret)),
            SecurityAlgorithms.HmacSha384 => new HMACSHA384(Encoding.UTF8.GetBytes(secret)),
            SecurityAlgorithms.HmacSha512 => new HMACSHA512(Encoding.UTF8.GetBytes(secret)),
            _ => throw new SecurityTokenInvalidAlgorithmException($"Algorithm {jwt.Alg} is not allowed for fixed_secret"),
        };
        var signed = Encoding.ASCII.GetBytes($"{jwt.EncodedHeader}.{jwt.EncodedPayload}");
        var expected = hmac.ComputeHash(signed);
        var actual = Base64UrlEncoder.DecodeBytes(jwt.EncodedSignature);
        return CryptographicOperations.FixedTimeEquals(expected, actual)
            ? jwt
            : throw new SecurityTokenInvalidSignatureException("Invalid signature");
    }

    private async Task<string> KeySetUrlAsync(JwtSettings settings, CancellationToken cancellationToken)
    {
        switch (settings.Mode)
        {
            case "microsoft":
                return $"https://login.microsoftonline.com/{Uri.EscapeDataString(settings.TenantId ?? "")}/discovery/v2.0/keys";
            case "google":
                return "https://www.googleapis.com/oauth2/v3/certs";
            case "jwks_endpoint":
                return settings.JwksUrl ?? throw new InvalidOperationException("jwksUrl missing");
        }

        var discoveryUrl = settings.Mode == "github"
            ? "https://token.actions.githubusercontent.com/.well-known/openid-configuration"
            : settings.OidcUrl ?? throw new InvalidOperationException("oidcUrl missing");
        if (_discovered.TryGetValue(discoveryUrl, out var known) && time.GetUtcNow() - known.FetchedAt < DiscoveryLifetime)
        {
            return known.Value;
        }

        using var document = JsonDocument.Parse(await FetchAsync(discoveryUrl, cancellationToken));
        var jwksUri = document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("jwks_uri", out var uri) && uri.ValueKind == JsonValueKind.String
            ? uri.GetString()!
            : throw new InvalidOperationException($"OIDC discovery document at {discoveryUrl} does not contain jwks_uri");
        _discovered[discoveryUrl] = new Fetched<string>(jwksUri, time.GetUtcNow());
        return jwksUri;
    }

    private async Task<Fetched<IList<SecurityKey>>> KeysAsync(string url, bool refresh, CancellationToken cancellationToken)
    {
        if (!refresh && _keySets.TryGetValue(url, out var known) && time.GetUtcNow() - known.FetchedAt < KeySetLifetime)
        {
            return known;
        }

        var keys = new JsonWebKeySet(await FetchAsync(url, cancellationToken)).GetSigningKeys();
        var fetched = new Fetched<IList<SecurityKey>>(keys, time.GetUtcNow());
        _keySets[url] = fetched;
        return fetched;
    }

    private async Task<string> FetchAsync(string url, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, cancellationToken);
        return response.IsSuccessStatusCode
            ? await response.Content.ReadAsStringAsync(cancellationToken)
            : throw new HttpRequestException($"HTTP {(int)response.StatusCode} fetching {url}");
    }

    private sealed record Fetched<T>(T Value, DateTimeOffset FetchedAt);

    private sealed record JwtSettings(
        string Mode, string? Secret, string? TenantId, string? JwksUrl, string? OidcUrl, string? Audience, string? Issuer)
    {
        public static JwtSettings Parse(string config)
        {
            using var document = JsonDocument.Parse(config);
            var root = document.RootElement;
            string? Text(string name) =>
                root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
                    ? text
                    : null;
            return new JwtSettings(
                Text("jwtMode") ?? "fixed_secret", Text("jwtSecret"), Text("tenantId"), Text("jwksUrl"), Text("oidcUrl"),
                Text("audience"), Text("issuer"));
        }
    }
}
