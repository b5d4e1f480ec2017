using Invoke.Application.KeyValueStore.Commands.ClearKvValues;
using Invoke.Application.KeyValueStore.Commands.DeleteKvValue;
using Invoke.Application.KeyValueStore.Commands.IncrementKvValue;
using Invoke.Application.KeyValueStore.Commands.SetKvValue;
using Invoke.Application.KeyValueStore.Queries.GetKvValue;
using Invoke.Application.KeyValueStore.Queries.HasKvValue;
using Invoke.Application.KeyValueStore.Queries.ListKvKeys;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Application.KeyValueStore;

/// <summary>
/// Each call is one use case in a scope of its own, as a request is: the scope leases a pooled DbContext, whose
/// connection comes from the driver's pool, so a warm read costs the one query and no connection setup.
/// </summary>
internal sealed class FunctionKeyValueStore(IServiceScopeFactory scopes) : IFunctionKeyValueStore
{
    public Task<string?> GetAsync(Guid projectId, string key, CancellationToken cancellationToken) =>
        SendAsync(new GetKvValueQuery(projectId, key), cancellationToken);

    public Task SetAsync(Guid projectId, string key, string valueJson, long? ttlMilliseconds, CancellationToken cancellationToken) =>
        SendAsync(new SetKvValueCommand(projectId, key, valueJson, ttlMilliseconds), cancellationToken);

    public Task<bool> DeleteAsync(Guid projectId, string key, CancellationToken cancellationToken) =>
        SendAsync(new DeleteKvValueCommand(projectId, key), cancellationToken);

    public Task<bool> HasAsync(Guid projectId, string key, CancellationToken cancellationToken) =>
        SendAsync(new HasKvValueQuery(projectId, key), cancellationToken);

    public Task ClearAsync(Guid projectId, CancellationToken cancellationToken) =>
        SendAsync(new ClearKvValuesCommand(projectId), cancellationToken);

    public Task<KvKeyPageDto> ListAsync(Guid projectId, string? prefix, int limit, string? cursor, CancellationToken cancellationToken) =>
        SendAsync(new ListKvKeysQuery(projectId, prefix, limit, cursor), cancellationToken);

    public Task<double> IncrementAsync(Guid projectId, string key, double by, CancellationToken cancellationToken) =>
        SendAsync(new IncrementKvValueCommand(projectId, key, by), cancellationToken);

    private async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
    }
}
