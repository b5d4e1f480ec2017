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
}
