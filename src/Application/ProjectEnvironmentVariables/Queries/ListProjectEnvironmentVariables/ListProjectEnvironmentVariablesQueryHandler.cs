using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Application.EnvironmentVariables;
using Mapster;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ProjectEnvironmentVariables.Queries.ListProjectEnvironmentVariables;

public sealed class ListProjectEnvironmentVariablesQueryHandler(
    IApplicationDbContext db, IProjectAccess projectAccess, TypeAdapterConfig mapping)
    : IRequestHandler<ListProjectEnvironmentVariablesQuery, IReadOnlyList<EnvironmentVariableDto>>
{
    public async Task<IReadOnlyList<EnvironmentVariableDto>> Handle(
        ListProjectEnvironmentVariablesQuery request, CancellationToken cancellationToken)
    {
        await projectAccess.EnsureCanReachVariablesAsync(db, request.ProjectId, cancellationToken);

        return await db.ProjectEnvironmentVariables.AsNoTracking()
            .Where(v => v.ProjectId == request.ProjectId)
            .OrderBy(v => v.VariableName)
            .ProjectToType<EnvironmentVariableDto>(mapping)
            .ToListAsync(cancellationToken);
    }
}
