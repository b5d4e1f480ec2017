using Invoke.Application.Scheduler.Commands.ClaimDueRuns;
using MediatR;

namespace Invoke.Application.Scheduler.Commands.CompleteScheduledRun;

/// <summary>Reports a claimed run's end: releases its lease and counts the failure, backing the function off if due.</summary>
public sealed record CompleteScheduledRunCommand(ClaimedRunDto Run, bool Succeeded) : IRequest<ScheduledRunCompletedDto>;
