using Invoke.Application.Health.Queries.GetHealth;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.Controllers;

[Route("api/health")]
public sealed class HealthController(IMediator mediator) : ApiControllerBase
{
    /// <summary>Liveness and database reachability (a bare object, as in the original; no envelope).</summary>
    [HttpGet]
    [ProducesResponseType<HealthDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<HealthDto>(StatusCodes.Status503ServiceUnavailable)]
    public async Task<IActionResult> Get(CancellationToken cancellationToken)
    {
        var health = await mediator.Send(new GetHealthQuery(), cancellationToken);
        return StatusCode(health.IsHealthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable, health);
    }
}
