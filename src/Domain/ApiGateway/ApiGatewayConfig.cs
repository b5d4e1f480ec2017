using Invoke.Domain.Common;

namespace Invoke.Domain.ApiGateway;

/// <summary>A project's API gateway: whether it serves requests and on which custom domain.</summary>
public sealed class ApiGatewayConfig
{
    public const int CustomDomainMaxLength = 255;

    private ApiGatewayConfig()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public bool Enabled { get; private set; }

    /// <summary>
    /// A host name in lower case, without scheme, port or path (<see cref="NormaliseDomain"/>); rows written by the
    /// original may hold what its UI sent (<c>https://host</c>), which the gateway normalises when it loads them.
    /// </summary>
    public string? CustomDomain { get; private set; }

    public DateTime? CreatedAt { get; private set; }

    public DateTime? UpdatedAt { get; private set; }

    public static ApiGatewayConfig Create(Guid projectId) => new() { Id = Guid.CreateVersion7(), ProjectId = projectId };

    /// <param name="customDomain">Blank clears the custom domain.</param>
    public void Configure(bool enabled, string? customDomain)
    {
        Enabled = enabled;
        CustomDomain = string.IsNullOrWhiteSpace(customDomain)
            ? null
            : Ensure.MaxLength(ValidDomain(customDomain), "custom_domain", CustomDomainMaxLength);
    }

    /// <summary>
    /// The host a domain as entered or as a <c>Host</c> header names: lower case, without scheme, credentials, port,
    /// path or trailing dot; IPv6 literals keep their brackets. Null when nothing is left.
    /// </summary>
    public static string? NormaliseDomain(string? value)
    {
        var host = value?.Trim().ToLowerInvariant() ?? "";
        var scheme = host.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            host = host[(scheme + 3)..];
        }

        var end = host.IndexOfAny(['/', '?', '#']);
        host = end >= 0 ? host[..end] : host;
        host = host[(host.LastIndexOf('@') + 1)..];
        if (host.StartsWith('['))
        {
            var close = host.IndexOf(']');
            host = close > 0 ? host[..(close + 1)] : host;
        }
        else if (host.IndexOf(':') is var colon and >= 0)
        {
            host = host[..colon];
        }

        host = host.TrimEnd('.');
        return host.Length == 0 ? null : host;
    }

    private static string ValidDomain(string value)
    {
        var host = NormaliseDomain(value);
        if (host is null || host.StartsWith('[') || host.Split('.').Any(label =>
                label.Length is 0 or > 63 || label.StartsWith('-') || label.EndsWith('-')
                || !label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            throw new InvalidValueException(
                "custom_domain", "customDomain must be a host name such as api.example.com (a scheme and port are ignored)");
        }

        return host;
    }
}
