using MediatR;

namespace Invoke.Application.KeyValueStore.Queries.HasKvValue;

internal sealed class HasKvValueQueryHandler(KvStorage storage) : IRequestHandler<HasKvValueQuery, bool>
{
    public async Task<bool> Handle(HasKvValueQuery request, CancellationToken cancellationToken) =>
        await storage.FindLiveAsync(request.ProjectId, request.Key, cancellationToken) is not null;
}
