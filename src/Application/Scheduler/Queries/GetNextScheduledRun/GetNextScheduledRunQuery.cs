using MediatR;

namespace Invoke.Application.Scheduler.Queries.GetNextScheduledRun;

/// <summary>The earliest <c>next_execution</c> of an enabled schedule of an active function, null when there is none.</summary>
public sealed record GetNextScheduledRunQuery : IRequest<DateTime?>;
