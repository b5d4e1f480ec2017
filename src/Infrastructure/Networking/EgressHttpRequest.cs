namespace Invoke.Infrastructure.Networking;

internal enum RedirectMode
{
    Follow,
    Manual,
    Error,
}

/// <param name="Decompress">Decode gzip, deflate and br bodies, as fetch does (the http module hands them over raw).</param>
internal sealed record EgressHttpRequest(
    string Method,
    Uri Url,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[]? Body,
    RedirectMode Redirect,
    bool Decompress);
