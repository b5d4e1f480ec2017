using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Runtime.Queries.GetFunctionEnvironment;

public sealed class GetFunctionEnvironmentQueryHandler(IApplicationDbContext context)
    : IRequestHandler<GetFunctionEnvironmentQuery, FunctionEnvironmentDto>
{
    public async Task<FunctionEnvironmentDto> Handle(GetFunctionEnvironmentQuery request, CancellationToken cancellationToken)
    {
        var projectId = await context.Functions
            .AsNoTracking()
            .Where(f => f.Id == request.FunctionId)
            .Select(f => f.ProjectId)
            .FirstOrDefaultAsync(cancellationToken);
        var projectVariables = projectId is { } id
            ? await context.ProjectEnvironmentVariables
                .AsNoTracking()
                .Where(v => v.ProjectId == id)
                .Select(v => new KeyValuePair<string, string>(v.VariableName, v.VariableValue))
                .ToListAsync(cancellationToken)
            : [];
        var functionVariables = await context.FunctionEnvironmentVariables
            .AsNoTracking()
            .Where(v => v.FunctionId == request.FunctionId)
            .Select(v => new KeyValuePair<string, string>(v.VariableName, v.VariableValue))
            .ToListAsync(cancellationToken);

        return FunctionEnvironmentDto.Merge(projectId, projectVariables, functionVariables);
    }
}
