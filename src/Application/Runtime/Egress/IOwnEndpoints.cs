using System.Net;

namespace Invoke.Application.Runtime.Egress;

/// <summary>Invoke's own database and listeners, which no function may reach whatever the rules say.</summary>
public interface IOwnEndpoints
{
    IReadOnlyList<IPEndPoint> Endpoints { get; }
}
