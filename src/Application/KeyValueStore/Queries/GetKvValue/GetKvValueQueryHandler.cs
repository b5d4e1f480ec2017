using MediatR;

namespace Invoke.Application.KeyValueStore.Queries.GetKvValue;

internal sealed class GetKvValueQueryHandler(KvStorage storage) : IRequestHandler<GetKvValueQuery, string?>
{
    public async Task<string?> Handle(GetKvValueQuery request, CancellationToken cancellationToken) =>
        (await storage.FindLiveAsync(request.ProjectId, request.Key, cancellationToken))?.ValueJson;
}
