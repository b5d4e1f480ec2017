using Invoke.Application.ExecutionLogs.Common;
using MediatR;

namespace Invoke.Application.Dashboard.Queries.GetRecentActivity;

/// <param name="ProjectId">A project id, <see cref="ProjectScope.System"/> or null: see <see cref="ProjectScope"/>.</param>
public sealed record GetRecentActivityQuery(string? ProjectId = null) : IRequest<IReadOnlyList<RecentActivityDto>>;
