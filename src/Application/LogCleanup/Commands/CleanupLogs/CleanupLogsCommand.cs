using MediatR;

namespace Invoke.Application.LogCleanup.Commands.CleanupLogs;

/// <param name="FunctionId">The one function to clean, or null for every function.</param>
public sealed record CleanupLogsCommand(Guid? FunctionId = null) : IRequest<CleanupLogsResultDto>;
