using MediatR;

namespace Invoke.Application.LogCleanup.Commands.CleanupLogs;

/// <param name="FunctionId">The one function to clean, or null for every function.</param>
/// <param name="BatchSize">Logs deleted per statement: a large backlog goes in many short deletes, never one long one.</param>
public sealed record CleanupLogsCommand(Guid? FunctionId = null, int BatchSize = CleanupLogsCommand.DefaultBatchSize)
    : IRequest<CleanupLogsResultDto>
{
    public const int DefaultBatchSize = 5_000;
}
