using MediatR;

namespace Invoke.Application.KeyValueStore.Commands.DeleteKvValue;

internal sealed class DeleteKvValueCommandHandler(KvStorage storage) : IRequestHandler<DeleteKvValueCommand, bool>
{
    public Task<bool> Handle(DeleteKvValueCommand request, CancellationToken cancellationToken) =>
        storage.DeleteAsync(request.ProjectId, request.Key, cancellationToken);
}
