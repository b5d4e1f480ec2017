using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Functions.Common;
using MediatR;

namespace Invoke.Application.Functions.Versions.Commands.DeleteFunctionVersion;

public sealed class DeleteFunctionVersionCommandHandler(IApplicationDbContext db, FunctionAccess functionAccess)
    : IRequestHandler<DeleteFunctionVersionCommand, Unit>
{
    public async Task<Unit> Handle(DeleteFunctionVersionCommand request, CancellationToken cancellationToken)
    {
        var function = await db.GetWithVersionsAsync(functionAccess, request.FunctionId, cancellationToken);
        var version = function.Versions.SingleOrDefault(v => v.Version == request.Version)
                      ?? throw new NotFoundException($"Version {request.Version} not found");

        // The package row goes by ON DELETE CASCADE: its bytes are never loaded just to be deleted.
        function.RemoveVersion(version.Id);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
