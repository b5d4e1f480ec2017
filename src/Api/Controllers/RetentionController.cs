using Invoke.Api.Contracts.Retention;
using Invoke.Api.Envelopes;
using Invoke.Api.Security;
using Invoke.Application.Retention.Queries.GetFunctionRetention;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.Controllers;

/// <summary>How long a function's execution logs are kept, when it overrides the global settings.</summary>
[Route("api/functions/{id}/retention")]
[Authorize(Policy = AuthorizationPolicies.JwtOrApiKey)]
public sealed class RetentionController(IMediator mediator) : ApiControllerBase
{
    [HttpGet]
    [ProducesResponseType<ApiEnvelope<FunctionRetentionDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(Guid id, CancellationToken cancellationToken) =>
        Envelope(
            await mediator.Send(new GetFunctionRetentionQuery(id), cancellationToken),
            "Function retention settings retrieved successfully");

    /// <summary>Changes the given settings only.</summary>
    [HttpPut]
    [ProducesResponseType<ApiEnvelope<object>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Update(Guid id, UpdateRetentionRequest body, CancellationToken cancellationToken)
    {
        await mediator.Send(body.ToCommand(id), cancellationToken);
        return Envelope<object?>(null, "Function retention settings updated successfully");
    }
}
