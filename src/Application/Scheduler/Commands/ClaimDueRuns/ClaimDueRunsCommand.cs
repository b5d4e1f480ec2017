using MediatR;

namespace Invoke.Application.Scheduler.Commands.ClaimDueRuns;

/// <summary>
/// Claims up to <paramref name="MaxRuns"/> due scheduled runs for this instance. Every due slot is claimed by exactly
/// one caller, whatever the number of instances asking at once (docs/adr/0031).
/// </summary>
public sealed record ClaimDueRunsCommand(int MaxRuns) : IRequest<ClaimedRunsDto>;
