using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Application.Dashboard.Queries.GetScopeStats;
using Invoke.Application.ExecutionLogs.Common;
using MediatR;
using Microsoft.Extensions.Options;

namespace Invoke.Application.Dashboard.Queries.GetDashboardStats;

/// <remarks>
/// Access is checked on every request, before the figures are read through the cached <see cref="GetScopeStatsQuery"/>:
/// the cache never widens what a caller sees. Figures a few seconds old tell the dashboard the same story, and every
/// dashboard poll no longer scans the last day's logs (docs/adr/0020).
/// </remarks>
public sealed class GetDashboardStatsQueryHandler(
    ICurrentUser currentUser, IProjectAccess projectAccess, IMediator mediator, IOptions<DashboardOptions> options)
    : IRequestHandler<GetDashboardStatsQuery, DashboardStatsDto>
{
    public async Task<DashboardStatsDto> Handle(GetDashboardStatsQuery request, CancellationToken cancellationToken)
    {
        var scope = await ProjectScope.ResolveAsync(request.ProjectId, currentUser, projectAccess, cancellationToken);
        var maxAge = TimeSpan.FromSeconds(options.Value.StatsCacheSeconds);
        return await mediator.Send(new GetScopeStatsQuery(scope, maxAge), cancellationToken);
    }
}
