using Invoke.Api.Contracts.Gateway;
using Invoke.Api.Envelopes;
using Invoke.Api.Security;
using Invoke.Application.ApiGateway.Commands.DeleteAuthMethod;
using Invoke.Application.ApiGateway.Commands.DeleteRoute;
using Invoke.Application.ApiGateway.Queries.GetAuthMethod;
using Invoke.Application.ApiGateway.Queries.GetGatewayConfig;
using Invoke.Application.ApiGateway.Queries.GetRoute;
using Invoke.Application.ApiGateway.Queries.ListAuthMethods;
using Invoke.Application.ApiGateway.Queries.ListRoutes;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.Controllers;

/// <summary>
/// A project's API gateway: its settings, auth methods and routes (admin-api.md §8), for members of the project
/// (<c>?projectId=</c>), with a session token or an API key. Creations answer 201 with <c>statusCode: 200</c>, as the
/// original does.
/// </summary>
[Route("api/gateway")]
[Authorize(Policy = AuthorizationPolicies.JwtOrApiKey)]
public sealed class GatewayController(IMediator mediator) : ApiControllerBase
{
    [HttpGet("config")]
    [ProducesResponseType<ApiEnvelope<GatewayConfigResponse>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> GetConfig([FromQuery] Guid? projectId, CancellationToken cancellationToken) =>
        Envelope(GatewayConfigResponse.From(await mediator.Send(new GetGatewayConfigQuery(projectId), cancellationToken)), "Gateway config retrieved");

    /// <summary>Turns the gateway on or off (a missing <c>enabled</c> turns it off) and sets or clears its custom domain.</summary>
    [HttpPut("config")]
    [ProducesResponseType<ApiEnvelope<GatewayConfigResponse>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> UpdateConfig(
        [FromQuery] Guid? projectId, UpdateGatewayConfigRequest body, CancellationToken cancellationToken) =>
        Envelope(GatewayConfigResponse.From(await mediator.Send(body.ToCommand(projectId), cancellationToken)), "Gateway config updated");

    [HttpGet("auth-methods")]
    [ProducesResponseType<ApiEnvelope<IReadOnlyList<AuthMethodResponse>>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> ListAuthMethods([FromQuery] Guid? projectId, CancellationToken cancellationToken)
    {
        var list = await mediator.Send(new ListAuthMethodsQuery(projectId), cancellationToken);
        return Envelope(list.Methods.Select(AuthMethodResponse.From).ToList(), list.HasGateway ? "Auth methods retrieved" : "No auth methods found");
    }

    [HttpPost("auth-methods")]
    [ProducesResponseType<ApiEnvelope<AuthMethodResponse>>(StatusCodes.Status201Created)]
    public async Task<IActionResult> CreateAuthMethod(
        [FromQuery] Guid? projectId, AuthMethodRequest body, CancellationToken cancellationToken) =>
        Envelope(
            AuthMethodResponse.From(await mediator.Send(body.ToCommand(projectId), cancellationToken)),
            "Auth method created", StatusCodes.Status201Created, StatusCodes.Status200OK);

    [HttpGet("auth-methods/{id}")]
    [ProducesResponseType<ApiEnvelope<AuthMethodResponse>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> GetAuthMethod([FromQuery] Guid? projectId, Guid id, CancellationToken cancellationToken) =>
        Envelope(AuthMethodResponse.From(await mediator.Send(new GetAuthMethodQuery(projectId, id), cancellationToken)), "Auth method retrieved");

    [HttpPut("auth-methods/{id}")]
    [ProducesResponseType<ApiEnvelope<object>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> UpdateAuthMethod(
        [FromQuery] Guid? projectId, Guid id, AuthMethodRequest body, CancellationToken cancellationToken)
    {
        await mediator.Send(body.ToUpdateCommand(projectId, id), cancellationToken);
        return Envelope<object?>(null, "Auth method updated");
    }

    /// <summary>Deletes an auth method that no route uses (409 otherwise).</summary>
    [HttpDelete("auth-methods/{id}")]
    [ProducesResponseType<ApiEnvelope<object>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> DeleteAuthMethod([FromQuery] Guid? projectId, Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteAuthMethodCommand(projectId, id), cancellationToken);
        return Envelope<object?>(null, "Auth method deleted");
    }

    [HttpGet("routes")]
    [ProducesResponseType<ApiEnvelope<IReadOnlyList<RouteResponse>>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> ListRoutes([FromQuery] Guid? projectId, CancellationToken cancellationToken) =>
        Envelope((await mediator.Send(new ListRoutesQuery(projectId), cancellationToken)).Select(RouteResponse.From).ToList(), "Routes retrieved");

    [HttpPost("routes")]
    [ProducesResponseType<ApiEnvelope<CreatedRouteResponse>>(StatusCodes.Status201Created)]
    public async Task<IActionResult> CreateRoute([FromQuery] Guid? projectId, RouteRequest body, CancellationToken cancellationToken) =>
        Envelope(
            CreatedRouteResponse.From(await mediator.Send(body.ToCommand(projectId), cancellationToken)),
            "Route created", StatusCodes.Status201Created, StatusCodes.Status200OK);

    /// <summary>Gives routes new sort orders; every id must be a route of the project.</summary>
    [HttpPut("routes/reorder")]
    [ProducesResponseType<ApiEnvelope<object>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> ReorderRoutes(
        [FromQuery] Guid? projectId, ReorderRoutesRequest body, CancellationToken cancellationToken)
    {
        await mediator.Send(body.ToCommand(projectId), cancellationToken);
        return Envelope<object?>(null, "Route order updated");
    }

    [HttpGet("routes/{id}")]
    [ProducesResponseType<ApiEnvelope<RouteResponse>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> GetRoute([FromQuery] Guid? projectId, Guid id, CancellationToken cancellationToken) =>
        Envelope(RouteResponse.From(await mediator.Send(new GetRouteQuery(projectId, id), cancellationToken)), "Route retrieved");

    [HttpPut("routes/{id}")]
    [ProducesResponseType<ApiEnvelope<object>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> UpdateRoute(
        [FromQuery] Guid? projectId, Guid id, RouteRequest body, CancellationToken cancellationToken)
    {
        await mediator.Send(body.ToUpdateCommand(projectId, id), cancellationToken);
        return Envelope<object?>(null, "Route updated");
    }

    [HttpDelete("routes/{id}")]
    [ProducesResponseType<ApiEnvelope<object>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> DeleteRoute([FromQuery] Guid? projectId, Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteRouteCommand(projectId, id), cancellationToken);
        return Envelope<object?>(null, "Route deleted");
    }
}
