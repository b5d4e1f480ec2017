using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using MediatR;

namespace Invoke.Application.KeyValueStore.Commands.DeleteProjectKvEntry;

internal sealed class DeleteProjectKvEntryCommandHandler(IApplicationDbContext db, IProjectAccess projectAccess, KvStorage storage)
    : IRequestHandler<DeleteProjectKvEntryCommand, bool>
{
    public async Task<bool> Handle(DeleteProjectKvEntryCommand request, CancellationToken cancellationToken)
    {
        await projectAccess.EnsureCanReachKvAsync(db, request.ProjectId, cancellationToken);
        return await storage.DeleteAsync(request.ProjectId, request.Key!, cancellationToken);
    }
}
