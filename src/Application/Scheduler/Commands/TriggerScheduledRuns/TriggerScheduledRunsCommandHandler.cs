using MediatR;

namespace Invoke.Application.Scheduler.Commands.TriggerScheduledRuns;

public sealed class TriggerScheduledRunsCommandHandler(ScheduledRuns runs) : IRequestHandler<TriggerScheduledRunsCommand, ScheduledPassDto>
{
    public Task<ScheduledPassDto> Handle(TriggerScheduledRunsCommand request, CancellationToken cancellationToken) =>
        runs.RunDueAsync(cancellationToken);
}
