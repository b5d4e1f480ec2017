using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Scheduler.Queries.GetNextScheduledRun;

/// <summary>Never cached: the scheduler sleeps until this instant, and a stale answer would make it oversleep.</summary>
public sealed class GetNextScheduledRunQueryHandler(IApplicationDbContext db) : IRequestHandler<GetNextScheduledRunQuery, DateTime?>
{
    public Task<DateTime?> Handle(GetNextScheduledRunQuery request, CancellationToken cancellationToken) =>
        db.Functions.AsNoTracking()
            .Where(f => f.ScheduleEnabled == true && f.IsActive == true && f.NextExecution != null)
            .MinAsync(f => f.NextExecution, cancellationToken);
}
