using MediatR;

namespace Invoke.Application.KeyValueStore.Commands.ClearKvValues;

internal sealed class ClearKvValuesCommandHandler(KvStorage storage) : IRequestHandler<ClearKvValuesCommand, int>
{
    public Task<int> Handle(ClearKvValuesCommand request, CancellationToken cancellationToken) =>
        storage.ClearAsync(request.ProjectId, cancellationToken);
}
