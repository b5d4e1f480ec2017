using System.Data;
using Invoke.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Invoke.Infrastructure.Persistence;

internal sealed class TransactionRunner(InvokeDbContext context) : ITransactionRunner
{
    public const int MaxAttempts = 5;

    public Task<T> RunSerializableAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken) =>
        RunAsync(IsolationLevel.Serializable, operation, cancellationToken);

    public Task<T> RunInTransactionAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken) =>
        RunAsync(IsolationLevel.ReadCommitted, operation, cancellationToken);

    private async Task<T> RunAsync<T>(
        IsolationLevel isolationLevel, Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var transaction = await context.Database.BeginTransactionAsync(isolationLevel, cancellationToken);
                var result = await operation(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (Exception exception) when (attempt < MaxAttempts && IsConcurrencyAbort(exception))
            {
                context.ChangeTracker.Clear();
                // A random pause keeps the conflicting transactions from colliding again in lockstep.
                await Task.Delay(Random.Shared.Next(1, 10 * attempt), cancellationToken);
            }
        }
    }

    private static bool IsConcurrencyAbort(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException
                {
                    SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected,
                })
            {
                return true;
            }
        }

        return false;
    }
}
