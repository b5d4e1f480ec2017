namespace Invoke.Application.Common.Interfaces;

/// <summary>
/// Runs a use case's reads and writes as one database transaction on the request's <see cref="IApplicationDbContext"/>
/// and commits it. When the database aborts the transaction because a concurrent one conflicted with it (a serialization
/// failure or a deadlock), the tracked changes are discarded and the operation runs again from the start, a few times at
/// most; it must therefore do nothing but database work.
/// </summary>
public interface ITransactionRunner
{
    /// <summary>
    /// SERIALIZABLE, for rules that read rows and then write on the strength of what they read (e.g. "the project keeps
    /// an owner"), which concurrent requests could otherwise break.
    /// </summary>
    Task<T> RunSerializableAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken);

    /// <summary>
    /// READ COMMITTED, for writes that must land together but decide nothing from what they read: relative updates
    /// (<c>n = n + 1</c>) wait for a concurrent writer of the same row instead of failing.
    /// </summary>
    Task<T> RunInTransactionAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken);
}
