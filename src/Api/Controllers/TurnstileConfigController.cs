using Invoke.Application.Auth.Queries.GetTurnstileConfig;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.Controllers;

[Route("api/turnstile-config")]
public sealed class TurnstileConfigController(IMediator mediator) : ApiControllerBase
{
    /// <summary>The Cloudflare Turnstile site key the login page needs (a bare object, as in the original).</summary>
    [HttpGet]
    [ProducesResponseType<TurnstileConfigDto>(StatusCodes.Status200OK)]
    public async Task<TurnstileConfigDto> Get(CancellationToken cancellationToken) =>
        await mediator.Send(new GetTurnstileConfigQuery(), cancellationToken);
}
