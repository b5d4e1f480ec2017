using Invoke.Application.KeyValueStore.Queries.ListKvKeys;

namespace Invoke.Application.KeyValueStore;

/// <summary>
/// The key-value store as a running function reaches it, for the script engine's adapter. The project is always the
/// invocation's (<c>FunctionInvocation.ProjectId</c>), never something the function's code names. Values are JSON text;
/// failures are the use cases' exceptions (validation, quota), whose messages the adapter shows to the function.
/// </summary>
public interface IFunctionKeyValueStore
{
    /// <returns>The value as JSON text, or null when missing or expired.</returns>
    Task<string?> GetAsync(Guid projectId, string key, CancellationToken cancellationToken);

    Task SetAsync(Guid projectId, string key, string valueJson, long? ttlMilliseconds, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(Guid projectId, string key, CancellationToken cancellationToken);

    Task<bool> HasAsync(Guid projectId, string key, CancellationToken cancellationToken);

    Task ClearAsync(Guid projectId, CancellationToken cancellationToken);

    Task<KvKeyPageDto> ListAsync(Guid projectId, string? prefix, int limit, string? cursor, CancellationToken cancellationToken);

    Task<double> IncrementAsync(Guid projectId, string key, double by, CancellationToken cancellationToken);
}
