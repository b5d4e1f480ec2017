using Invoke.Api.Envelopes;
using Invoke.Api.Security;
using Invoke.Application.Dashboard.Queries.GetDashboardStats;
using Invoke.Application.Dashboard.Queries.GetRecentActivity;
using Invoke.Application.Dashboard.Queries.GetScopeStats;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.Controllers;

/// <summary>
/// The dashboard's figures and recent executions, for one project or (<c>system</c>, or no <c>projectId</c>) all of
/// the caller's projects; admins see every project.
/// </summary>
[Route("api/dashboard")]
[Authorize(Policy = AuthorizationPolicies.Jwt)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status403Forbidden)]
public sealed class DashboardController(IMediator mediator) : ApiControllerBase
{
    /// <summary>Function counts, lifetime executions, and errors, mean time and success rate of the last 24 hours.</summary>
    /// <param name="cancellationToken">Aborted with the request.</param>
    /// <param name="projectId">A project id, <c>system</c> or nothing.</param>
    [HttpGet("stats")]
    [ProducesResponseType<ApiEnvelope<DashboardStatsDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Stats(CancellationToken cancellationToken, [FromQuery] string? projectId = null)
    {
        var stats = await mediator.Send(new GetDashboardStatsQuery(projectId), cancellationToken);
        return Envelope(stats, "Statistics retrieved");
    }

    /// <summary>The ten newest executions of the last hour.</summary>
    /// <param name="cancellationToken">Aborted with the request.</param>
    /// <param name="projectId">A project id, <c>system</c> or nothing.</param>
    [HttpGet("recent-activity")]
    [ProducesResponseType<ApiEnvelope<IReadOnlyList<RecentActivityDto>>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> RecentActivity(
        CancellationToken cancellationToken, [FromQuery] string? projectId = null)
    {
        var activity = await mediator.Send(new GetRecentActivityQuery(projectId), cancellationToken);
        return Envelope(activity, "Recent activity retrieved");
    }
}
