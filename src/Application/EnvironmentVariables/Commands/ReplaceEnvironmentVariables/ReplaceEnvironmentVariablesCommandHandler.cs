using Invoke.Application.Common.Interfaces;
using Invoke.Application.Functions.Common;
using Invoke.Domain.Functions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.EnvironmentVariables.Commands.ReplaceEnvironmentVariables;

public sealed class ReplaceEnvironmentVariablesCommandHandler(IApplicationDbContext db, FunctionAccess functionAccess)
    : IRequestHandler<ReplaceEnvironmentVariablesCommand, Unit>
{
    public async Task<Unit> Handle(ReplaceEnvironmentVariablesCommand request, CancellationToken cancellationToken)
    {
        await functionAccess.EnsureAsync(request.FunctionId, cancellationToken);

        var existing = await db.FunctionEnvironmentVariables
            .Where(v => v.FunctionId == request.FunctionId)
            .ToListAsync(cancellationToken);
        db.FunctionEnvironmentVariables.ReplaceWith(
            existing,
            request.Variables!,
            input => FunctionEnvironmentVariable.Create(request.FunctionId, input.Name!, input.Value!, input.Description));

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
