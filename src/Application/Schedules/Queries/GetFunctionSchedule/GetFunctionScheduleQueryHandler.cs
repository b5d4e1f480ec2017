using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Application.Functions.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Schedules.Queries.GetFunctionSchedule;

public sealed class GetFunctionScheduleQueryHandler(IApplicationDbContext db, FunctionAccess functionAccess)
    : IRequestHandler<GetFunctionScheduleQuery, FunctionScheduleDto>
{
    public async Task<FunctionScheduleDto> Handle(GetFunctionScheduleQuery request, CancellationToken cancellationToken)
    {
        var schedule = await db.Functions.AsNoTracking()
                           .Where(f => f.Id == request.FunctionId)
                           .Select(f => new
                           {
                               f.ProjectId,
                               Settings = new FunctionScheduleDto(
                                   f.ScheduleEnabled ?? false, f.ScheduleCron, f.NextExecution, f.LastScheduledExecution),
                           })
                           .SingleOrDefaultAsync(cancellationToken)
                       ?? throw new NotFoundException(FunctionAccess.NotFoundMessage);

        await functionAccess.EnsureCanReachAsync(schedule.ProjectId, IProjectAccess.NotAMemberMessage, cancellationToken);
        return schedule.Settings;
    }
}
