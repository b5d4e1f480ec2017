using Invoke.Application.Common.Interfaces;
using Invoke.Application.Functions.Common;
using Mapster;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.EnvironmentVariables.Queries.ListEnvironmentVariables;

public sealed class ListEnvironmentVariablesQueryHandler(
    IApplicationDbContext db, FunctionAccess functionAccess, TypeAdapterConfig mapping)
    : IRequestHandler<ListEnvironmentVariablesQuery, IReadOnlyList<EnvironmentVariableDto>>
{
    public async Task<IReadOnlyList<EnvironmentVariableDto>> Handle(
        ListEnvironmentVariablesQuery request, CancellationToken cancellationToken)
    {
        await functionAccess.EnsureAsync(request.FunctionId, cancellationToken);

        return await db.FunctionEnvironmentVariables.AsNoTracking()
            .Where(v => v.FunctionId == request.FunctionId)
            .OrderBy(v => v.VariableName)
            .ProjectToType<EnvironmentVariableDto>(mapping)
            .ToListAsync(cancellationToken);
    }
}
