using System.Data;
using Microsoft.EntityFrameworkCore.Storage;

namespace Invoke.Application.Common.Interfaces;

/// <summary>
/// Transactions on the request's <see cref="IApplicationDbContext"/>, for
/// <see cref="Behaviours.UnitOfWorkBehaviour{TRequest,TResponse}"/> only: handlers never open one themselves.
/// </summary>
public interface IUnitOfWork
{
    /// <summary>Whether a transaction is open on the context, i.e. this command was sent from inside another's.</summary>
    bool InTransaction { get; }

    /// <summary>Opens a transaction; disposing it without a commit rolls it back.</summary>
    Task<IDbContextTransaction> BeginAsync(IsolationLevel isolationLevel, CancellationToken cancellationToken);

    /// <summary>Forgets what a failed attempt left tracked, so that the next one starts from the database's state.</summary>
    void DiscardChanges();

    /// <summary>
    /// Whether the database aborted the transaction because a concurrent one conflicted with it (a serialization
    /// failure or a deadlock), so that running it again may succeed.
    /// </summary>
    bool IsConcurrencyAbort(Exception exception);
}
