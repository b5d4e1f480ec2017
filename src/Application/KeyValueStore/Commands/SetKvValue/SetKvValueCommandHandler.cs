using MediatR;

namespace Invoke.Application.KeyValueStore.Commands.SetKvValue;

internal sealed class SetKvValueCommandHandler(KvStorage storage) : IRequestHandler<SetKvValueCommand, Unit>
{
    public async Task<Unit> Handle(SetKvValueCommand request, CancellationToken cancellationToken)
    {
        var entry = storage.NewEntry(request.ProjectId, request.Key, request.ValueJson, request.TtlMilliseconds);
        await storage.WriteAsync(request.ProjectId, request.Key, _ => entry, cancellationToken);
        return Unit.Value;
    }
}
