using Invoke.Application.Dashboard.Queries.GetScopeStats;
using Invoke.Application.ExecutionLogs.Common;
using MediatR;

namespace Invoke.Application.Dashboard.Queries.GetDashboardStats;

/// <param name="ProjectId">A project id, <see cref="ProjectScope.System"/> or null: see <see cref="ProjectScope"/>.</param>
public sealed record GetDashboardStatsQuery(string? ProjectId = null) : IRequest<DashboardStatsDto>;
