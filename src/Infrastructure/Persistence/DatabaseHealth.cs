using Invoke.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Infrastructure.Persistence;

internal sealed class DatabaseHealth(InvokeDbContext dbContext) : IDatabaseHealth
{
    // A black-holed database host would otherwise hold the health check for the whole connect timeout,
    // longer than container health probes wait.
    internal static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            return await dbContext.Database.CanConnectAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
