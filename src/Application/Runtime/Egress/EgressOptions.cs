namespace Invoke.Application.Runtime.Egress;

/// <summary>Outgoing connections of functions (configuration section <c>Invoke:Egress</c>; docs/adr/0029).</summary>
public sealed class EgressOptions
{
    public const string SectionName = "Invoke:Egress";

    /// <summary>
    /// Categories of the built-in deny list the operator lifts for the whole platform (for example <c>loopback</c> for
    /// tests that start their own servers); the project rules then decide about those addresses. Empty by default.
    /// </summary>
    public List<string> LiftedBuiltInDenies { get; set; } = [];

    /// <summary>Connections (and requests in flight) one invocation may hold at once.</summary>
    public int MaxConnectionsPerInvocation { get; set; } = 16;

    /// <summary>Bytes one invocation may send and receive over the network in total.</summary>
    public long MaxBytesPerInvocation { get; set; } = 64L * 1024 * 1024;

    /// <summary>How long a connection attempt may take (never past the invocation's deadline).</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one read may wait for data (never past the invocation's deadline).</summary>
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
