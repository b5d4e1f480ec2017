using Invoke.Application.Common.Interfaces;
using Invoke.Application.Settings;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Runtime.Queries.GetExecutionLimits;

public sealed class GetExecutionLimitsQueryHandler(IApplicationDbContext context)
    : IRequestHandler<GetExecutionLimitsQuery, ExecutionLimitsDto>
{
    public async Task<ExecutionLimitsDto> Handle(GetExecutionLimitsQuery request, CancellationToken cancellationToken)
    {
        var policy = await context.GlobalSettings.ReadExecutionLimitPolicyAsync(cancellationToken);
        var custom = await context.Functions
            .AsNoTracking()
            .Where(f => f.Id == request.FunctionId)
            .Select(f => new { f.CustomTimeoutEnabled, f.CustomTimeoutSeconds, f.CustomMemoryEnabled, f.CustomMemoryMb })
            .FirstOrDefaultAsync(cancellationToken);

        return new ExecutionLimitsDto(
            policy.EffectiveTimeout(custom?.CustomTimeoutEnabled == true, custom?.CustomTimeoutSeconds),
            policy.EffectiveMemoryBytes(custom?.CustomMemoryEnabled == true, custom?.CustomMemoryMb));
    }
}
