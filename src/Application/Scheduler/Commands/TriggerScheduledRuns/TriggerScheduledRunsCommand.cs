using MediatR;

namespace Invoke.Application.Scheduler.Commands.TriggerScheduledRuns;

/// <summary>
/// An operator's <c>POST /scheduler/trigger-scheduled</c>: runs what is due now through the scheduler's own claim, so
/// that it never doubles a run the scheduler makes.
/// </summary>
public sealed record TriggerScheduledRunsCommand : IRequest<ScheduledPassDto>;
