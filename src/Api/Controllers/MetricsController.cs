using Invoke.Api.Envelopes;
using Invoke.Api.Security;
using Invoke.Application.Metrics.Queries.GetCacheMetrics;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.Controllers;

[Route("api/metrics")]
[Authorize(Policy = AuthorizationPolicies.Admin)]
public sealed class MetricsController(IMediator mediator) : ApiControllerBase
{
    /// <summary>
    /// This instance's query cache: whether it serves (its listener is connected), its size, the notifications it
    /// received, and hits, misses, evictions and bypasses per query type. Not in the original platform.
    /// </summary>
    [HttpGet("cache")]
    [ProducesResponseType<ApiEnvelope<CacheMetricsDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status403Forbidden)]
    public async Task<ObjectResult> Cache(CancellationToken cancellationToken) =>
        Envelope(await mediator.Send(new GetCacheMetricsQuery(), cancellationToken), "Cache metrics retrieved successfully");
}
