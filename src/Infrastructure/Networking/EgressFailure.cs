using System.Net.Sockets;

namespace Invoke.Infrastructure.Networking;

/// <summary>A network failure a function sees as a Node error with <see cref="Code"/> and <see cref="Syscall"/>.</summary>
internal sealed class EgressFailure(string code, string syscall, string message, string? host = null) : Exception(message)
{
    public const string NotFound = "ENOTFOUND";
    public const string TimedOut = "ETIMEDOUT";
    public const string Limit = "ERR_EGRESS_LIMIT";

    public string Code { get; } = code;

    public string Syscall { get; } = syscall;

    public string? Host { get; } = host;

    /// <summary>A socket's failure under the name Node gives it (<c>connect ECONNREFUSED 127.0.0.1:81</c>).</summary>
    public static EgressFailure FromSocket(SocketException exception, string syscall, string target, string? host = null)
    {
        var code = exception.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => "ECONNREFUSED",
            SocketError.TimedOut => "ETIMEDOUT",
            SocketError.HostUnreachable => "EHOSTUNREACH",
            SocketError.NetworkUnreachable => "ENETUNREACH",
            SocketError.AddressNotAvailable => "EADDRNOTAVAIL",
            _ => "ECONNRESET",
        };
        return new EgressFailure(code, syscall, $"{syscall} {code} {target}", host);
    }
}
