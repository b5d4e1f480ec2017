using System.Net;

namespace Invoke.Application.Runtime.Egress;

/// <summary>
/// Resolves names for functions' connections and for policy tests: the host's resolver, never one a function chose.
/// Each connection resolves once and dials an address it checked, so a second, different answer cannot be used.
/// </summary>
public interface IHostResolver
{
    /// <returns>Every address of the name, empty when it does not resolve.</returns>
    Task<IReadOnlyList<IPAddress>> ResolveAsync(string hostName, CancellationToken cancellationToken);
}
