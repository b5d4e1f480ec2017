using System.Collections.Concurrent;
using System.Net;
using Invoke.Application.Runtime.Egress;

namespace Invoke.Infrastructure.UnitTests.Scripting.Network;

/// <summary>
/// A resolver whose answers the test writes: each name has a list of answers, given one per lookup, the last one
/// repeated; a rebinding attacker's DNS is a name whose second answer differs from its first.
/// </summary>
internal sealed class ScriptedResolver(IReadOnlyDictionary<string, IPAddress[][]> answers) : IHostResolver
{
    private readonly ConcurrentDictionary<string, int> _lookups = new();

    public int Lookups(string name) => _lookups.GetValueOrDefault(name);

    public Task<IReadOnlyList<IPAddress>> ResolveAsync(string hostName, CancellationToken cancellationToken)
    {
        var count = _lookups.AddOrUpdate(hostName, 1, (_, n) => n + 1);
        IReadOnlyList<IPAddress> answer = answers.TryGetValue(hostName, out var list) ? list[Math.Min(count, list.Length) - 1] : [];
        return Task.FromResult(answer);
    }
}
