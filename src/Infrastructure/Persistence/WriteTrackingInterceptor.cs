using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Invoke.Infrastructure.Persistence;

/// <summary>
/// Tells the <see cref="WriteTracker"/> attached to an <see cref="InvokeDbContext"/> that it changed rows: through
/// SaveChanges, or through a command that returns no rows (ExecuteUpdate, ExecuteDelete), which bypasses SaveChanges.
/// A write inside an explicit transaction is recorded before its commit; the tracker is read after the request's handler
/// has returned, when that transaction is over.
/// </summary>
/// <remarks>
/// Stateless, so one instance serves every pooled context: it finds the scope's tracker on the context it is handed.
/// </remarks>
internal sealed class WriteTrackingInterceptor : ISaveChangesInterceptor, IDbCommandInterceptor
{
    public static WriteTrackingInterceptor Instance { get; } = new();

    private WriteTrackingInterceptor()
    {
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result) => Record(eventData.Context, result);

    public ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(eventData.Context, result));

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) =>
        Record(eventData.Context, result);

    public ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(eventData.Context, result));

    // Zero rows changed fires no row trigger, so there is nothing to wait for; -1 (unknown) counts as a write.
    private static int Record(DbContext? context, int rowsAffected)
    {
        if (rowsAffected != 0 && context is InvokeDbContext { Writes: { } writes })
        {
            writes.Record();
        }

        return rowsAffected;
    }
}
