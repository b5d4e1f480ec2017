using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Application.Functions.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Retention.Queries.GetFunctionRetention;

public sealed class GetFunctionRetentionQueryHandler(IApplicationDbContext db, FunctionAccess functionAccess)
    : IRequestHandler<GetFunctionRetentionQuery, FunctionRetentionDto>
{
    public async Task<FunctionRetentionDto> Handle(GetFunctionRetentionQuery request, CancellationToken cancellationToken)
    {
        var retention = await db.Functions.AsNoTracking()
                            .Where(f => f.Id == request.FunctionId)
                            .Select(f => new
                            {
                                f.ProjectId,
                                Settings = new FunctionRetentionDto
                                {
                                    RetentionType = f.RetentionType,
                                    RetentionValue = f.RetentionValue,
                                    RetentionEnabled = f.RetentionEnabled ?? false,
                                },
                            })
                            .SingleOrDefaultAsync(cancellationToken)
                        ?? throw new NotFoundException(FunctionAccess.NotFoundMessage);

        await functionAccess.EnsureCanReachAsync(
            retention.ProjectId, IProjectAccess.NotAMemberMessage, cancellationToken);
        return retention.Settings;
    }
}
