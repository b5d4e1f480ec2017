using Invoke.Application.LogCleanup.Commands.CleanupLogs;
using MediatR;

namespace Invoke.Application.Scheduler.Commands.RunLogRetention;

/// <summary>
/// The automatic log retention pass: the rules of <see cref="CleanupLogsCommand"/>, in batches of
/// <see cref="SchedulerOptions.RetentionBatchSize"/>, made by one instance per <paramref name="Interval"/> however many
/// send it. Answers null when this interval's pass belongs to another instance (or was made already).
/// </summary>
/// <param name="Interval">How often the senders send it.</param>
public sealed record RunLogRetentionCommand(TimeSpan Interval) : IRequest<CleanupLogsResultDto?>;
