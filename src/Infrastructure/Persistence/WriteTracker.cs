namespace Invoke.Infrastructure.Persistence;

/// <summary>
/// Whether the scope's <see cref="InvokeDbContext"/> changed the database since the last <see cref="TakeWritten"/>.
/// One per scope, attached to the pooled context each time the scope leases it (see <c>AddInfrastructure</c>), and set by
/// <see cref="WriteTrackingInterceptor"/>.
/// </summary>
internal sealed class WriteTracker
{
    private int _written;

    public void Record() => Volatile.Write(ref _written, 1);

    /// <returns>True when something was written since the previous call.</returns>
    public bool TakeWritten() => Interlocked.Exchange(ref _written, 0) == 1;
}
