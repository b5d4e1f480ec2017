namespace Invoke.Application.Runtime.Execution;

/// <summary>The HTTP request a function sees as <c>req</c>, already stripped of the platform's own credentials.</summary>
/// <param name="Path">The path below the function, starting with <c>/</c> (percent-encoded as received).</param>
/// <param name="QueryString">The raw query without its <c>?</c>; empty when there was none.</param>
/// <param name="Headers">In arrival order, names lowercase; repeated headers appear once per value.</param>
/// <param name="Params">What <c>req.params</c> holds.</param>
public sealed record InvocationRequest(
    string Method,
    string Path,
    string QueryString,
    string Protocol,
    string Hostname,
    string? ClientIp,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[] Body,
    IReadOnlyDictionary<string, string> Params);
