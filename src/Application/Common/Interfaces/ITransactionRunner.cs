namespace Invoke.Application.Common.Interfaces;

/// <summary>
/// Runs a use case's reads and writes as one database transaction, for rules that read rows and then write on the
/// strength of what they read (e.g. "the project keeps an owner"), which concurrent requests could otherwise break.
/// </summary>
public interface ITransactionRunner
{
    /// <summary>
    /// Runs <paramref name="operation"/> in a SERIALIZABLE transaction on the request's
    /// <see cref="IApplicationDbContext"/> and commits it. When the database aborts the transaction because a concurrent
    /// one conflicted with it, the tracked changes are discarded and the operation runs again from the start, a few
    /// times at most; it must therefore do nothing but database work.
    /// </summary>
    Task<T> RunSerializableAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken);
}
