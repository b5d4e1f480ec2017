using MediatR;

namespace Invoke.Infrastructure.Maintenance;

/// <summary>
/// Housekeeping that <see cref="MaintenanceRunner"/> sends through MediatR every interval, in a scope of its own.
/// Every instance runs the jobs, so a job must be safe to run on several at once (a set-based delete is).
/// </summary>
/// <param name="Run">Does the work and answers how many rows it removed.</param>
public sealed record MaintenanceJob(string Name, Func<IMediator, CancellationToken, Task<int>> Run);
