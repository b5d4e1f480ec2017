using Invoke.Application.Common.Interfaces;
using Invoke.Domain.Common;
using Invoke.Domain.ExecutionLogs;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Runtime.Commands.RecordExecutions;

public sealed class RecordExecutionsCommandHandler(IApplicationDbContext db)
    : IRequestHandler<RecordExecutionsCommand, RecordedExecutionsDto>
{
    public async Task<RecordedExecutionsDto> Handle(RecordExecutionsCommand request, CancellationToken cancellationToken)
    {
        // Made anew by each attempt: a retried unit of work starts from untracked entities.
        var (logs, invalid) = ToLogs(request.Records);
        var appended = new List<ExecutionLog>(logs.Count);
        // Functions in one fixed order, so that two writers of the same functions cannot deadlock. Each update
        // locks its function's row until the commit: a function deleted before it gets no logs (they would have
        // been deleted with it), and one deleted after it waits for the commit and takes its new logs along.
        foreach (var function in logs.GroupBy(l => l.FunctionId!.Value).OrderBy(g => g.Key))
        {
            var count = function.Count();
            var lastExecuted = function.Max(l => l.ExecutedAt!.Value);
            var updated = await db.Functions
                .Where(f => f.Id == function.Key)
                .ExecuteUpdateAsync(
                    setters => setters
                        .SetProperty(f => f.ExecutionCount, f => (f.ExecutionCount ?? 0) + count)
                        .SetProperty(
                            f => f.LastExecuted,
                            f => f.LastExecuted == null || f.LastExecuted < lastExecuted ? lastExecuted : f.LastExecuted),
                    cancellationToken);
            if (updated > 0)
            {
                appended.AddRange(function);
            }
        }

        var written = appended.Count == 0 ? 0 : await db.AppendExecutionLogsAsync(appended, cancellationToken);
        return new RecordedExecutionsDto(written, invalid, logs.Count - written);
    }

    private static (List<ExecutionLog> Logs, int Invalid) ToLogs(IReadOnlyList<ExecutionRecord> records)
    {
        var logs = new List<ExecutionLog>(records.Count);
        foreach (var record in records)
        {
            try
            {
                logs.Add(record.ToExecutionLog());
            }
            catch (InvalidValueException)
            {
                // One faulty record must not cost the batch its other logs; the count tells the writer it happened.
            }
        }

        return (logs, records.Count - logs.Count);
    }
}
