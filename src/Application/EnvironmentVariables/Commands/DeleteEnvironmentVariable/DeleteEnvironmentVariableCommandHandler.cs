using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Functions.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.EnvironmentVariables.Commands.DeleteEnvironmentVariable;

public sealed class DeleteEnvironmentVariableCommandHandler(IApplicationDbContext db, FunctionAccess functionAccess)
    : IRequestHandler<DeleteEnvironmentVariableCommand, Unit>
{
    public async Task<Unit> Handle(DeleteEnvironmentVariableCommand request, CancellationToken cancellationToken)
    {
        await functionAccess.EnsureAsync(request.FunctionId, cancellationToken);

        var deleted = await db.FunctionEnvironmentVariables
            .Where(v => v.FunctionId == request.FunctionId && v.VariableName == request.Name)
            .ExecuteDeleteAsync(cancellationToken);

        return deleted == 0 ? throw new NotFoundException("Environment variable not found") : Unit.Value;
    }
}
