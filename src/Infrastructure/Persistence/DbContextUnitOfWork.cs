using System.Data;
using Invoke.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Invoke.Infrastructure.Persistence;

internal sealed class DbContextUnitOfWork(InvokeDbContext context) : IUnitOfWork
{
    public bool InTransaction => context.Database.CurrentTransaction is not null;

    public Task<IDbContextTransaction> BeginAsync(IsolationLevel isolationLevel, CancellationToken cancellationToken) =>
        context.Database.BeginTransactionAsync(isolationLevel, cancellationToken);

    public void DiscardChanges() => context.ChangeTracker.Clear();

    public bool IsConcurrencyAbort(Exception exception)
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
