using System.Net;

namespace Invoke.Infrastructure.Networking;

/// <summary>A connection the policy refused before any packet was sent.</summary>
internal sealed class EgressDeniedException(string host, int port, IPAddress? address, string reason)
    : Exception($"Connection to {host}:{port} denied by network policy: {reason}")
{
    public string Host { get; } = host;

    public int Port { get; } = port;

    public IPAddress? Address { get; } = address;

    public string Reason { get; } = reason;

    /// <summary>The line the function's captured logs get, naming host, resolved address and rule.</summary>
    public string LogLine => Address is null || Address.ToString() == Host
        ? $"Network policy blocked connection to {Host}:{Port}: {Reason}"
        : $"Network policy blocked connection to {Host}:{Port} (resolved to {Address}): {Reason}";
}
