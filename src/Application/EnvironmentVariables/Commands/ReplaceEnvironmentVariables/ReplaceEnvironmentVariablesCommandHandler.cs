using Invoke.Application.Common.Interfaces;
using Invoke.Application.Functions.Common;
using Invoke.Domain.Functions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.EnvironmentVariables.Commands.ReplaceEnvironmentVariables;

/// <summary>
/// Replace-all as in the original, written as a difference so that kept variables keep their id and creation time:
/// same name → updated, missing → deleted, new → inserted, all in the one transaction of a single save.
/// </summary>
public sealed class ReplaceEnvironmentVariablesCommandHandler(IApplicationDbContext db, FunctionAccess functionAccess)
    : IRequestHandler<ReplaceEnvironmentVariablesCommand, Unit>
{
    public async Task<Unit> Handle(ReplaceEnvironmentVariablesCommand request, CancellationToken cancellationToken)
    {
        await functionAccess.EnsureAsync(request.FunctionId, cancellationToken);

        var desired = request.Variables!.ToDictionary(v => v.Name!, StringComparer.Ordinal);
        var existing = await db.FunctionEnvironmentVariables
            .Where(v => v.FunctionId == request.FunctionId)
            .ToListAsync(cancellationToken);

        foreach (var variable in existing)
        {
            if (desired.Remove(variable.VariableName, out var input))
            {
                variable.Update(input.Value!, input.Description);
            }
            else
            {
                db.FunctionEnvironmentVariables.Remove(variable);
            }
        }

        foreach (var input in desired.Values)
        {
            db.FunctionEnvironmentVariables.Add(
                FunctionEnvironmentVariable.Create(request.FunctionId, input.Name!, input.Value!, input.Description));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
