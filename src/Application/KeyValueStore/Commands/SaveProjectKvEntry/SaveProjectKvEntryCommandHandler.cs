using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using MediatR;

namespace Invoke.Application.KeyValueStore.Commands.SaveProjectKvEntry;

internal sealed class SaveProjectKvEntryCommandHandler(IApplicationDbContext db, IProjectAccess projectAccess, KvStorage storage)
    : IRequestHandler<SaveProjectKvEntryCommand, Unit>
{
    public async Task<Unit> Handle(SaveProjectKvEntryCommand request, CancellationToken cancellationToken)
    {
        await projectAccess.EnsureCanReachKvAsync(db, request.ProjectId, cancellationToken);

        var entry = storage.NewEntry(request.ProjectId, request.Key!, request.ValueJson!, request.TtlMilliseconds);
        await storage.WriteAsync(request.ProjectId, request.Key!, _ => entry, cancellationToken);
        return Unit.Value;
    }
}
