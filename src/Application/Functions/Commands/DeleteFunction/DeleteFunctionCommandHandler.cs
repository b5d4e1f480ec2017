using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Functions.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Functions.Commands.DeleteFunction;

public sealed class DeleteFunctionCommandHandler(IApplicationDbContext db, FunctionAccess functionAccess)
    : IRequestHandler<DeleteFunctionCommand, int>
{
    public const string AccessDeniedMessage = "Insufficient project permissions to delete function";

    public async Task<int> Handle(DeleteFunctionCommand request, CancellationToken cancellationToken)
    {
        await functionAccess.EnsureAsync(request.FunctionId, cancellationToken, AccessDeniedMessage);

        var function = db.Functions.Where(f => f.Id == request.FunctionId);
        var packages = await function.SelectMany(f => f.Versions).CountAsync(v => v.Package != null, cancellationToken);

        // One statement: the database cascades to versions, packages, environment variables and logs, and detaches
        // gateway routes. Loading the function's graph first would cost a round trip per table for nothing.
        if (await function.ExecuteDeleteAsync(cancellationToken) == 0)
        {
            throw new NotFoundException(FunctionAccess.NotFoundMessage);
        }

        return packages;
    }
}
