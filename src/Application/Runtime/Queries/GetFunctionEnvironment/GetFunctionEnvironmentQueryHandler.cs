using System.Collections.Frozen;
using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Runtime.Queries.GetFunctionEnvironment;

public sealed class GetFunctionEnvironmentQueryHandler(IApplicationDbContext context)
    : IRequestHandler<GetFunctionEnvironmentQuery, IReadOnlyDictionary<string, string>>
{
    public async Task<IReadOnlyDictionary<string, string>> Handle(
        GetFunctionEnvironmentQuery request, CancellationToken cancellationToken)
    {
        var variables = await context.FunctionEnvironmentVariables
            .AsNoTracking()
            .Where(v => v.FunctionId == request.FunctionId)
            .Select(v => new { v.VariableName, v.VariableValue })
            .ToListAsync(cancellationToken);
        return variables.ToFrozenDictionary(v => v.VariableName, v => v.VariableValue, StringComparer.Ordinal);
    }
}
