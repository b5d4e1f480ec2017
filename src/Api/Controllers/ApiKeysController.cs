using Invoke.Api.Contracts.Auth;
using Invoke.Api.Envelopes;
using Invoke.Api.Security;
using Invoke.Application.ApiKeys.Commands.CreateApiKey;
using Invoke.Application.ApiKeys.Commands.RevokeApiKey;
using Invoke.Application.ApiKeys.Queries.GetApiKeys;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Invoke.Api.Controllers;

/// <summary>The caller's own API keys (the CLI's credentials).</summary>
[Route("api/auth/api-keys")]
[Authorize(Policy = AuthorizationPolicies.Jwt)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
public sealed class ApiKeysController(IMediator mediator) : ApiControllerBase
{
    [HttpGet]
    [ProducesResponseType<ApiEnvelope<IReadOnlyList<ApiKeyDto>>>(StatusCodes.Status200OK)]
    public async Task<ObjectResult> List(CancellationToken cancellationToken) =>
        Envelope(await mediator.Send(new GetApiKeysQuery(), cancellationToken), "API keys retrieved");

    /// <summary>Creates a key; the answer holds the key itself, which is shown this once and never again.</summary>
    [HttpPost]
    [ProducesResponseType<ApiEnvelope<CreatedApiKeyDto>>(StatusCodes.Status201Created)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    public async Task<ObjectResult> Create(
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] CreateApiKeyRequest? request, CancellationToken cancellationToken) =>
        Envelope(
            await mediator.Send(new CreateApiKeyCommand(request?.Name), cancellationToken),
            "API key created successfully",
            StatusCodes.Status201Created,
            StatusCodes.Status200OK);

    /// <summary>Revokes one of the caller's keys; revoked keys stay listed.</summary>
    [HttpDelete("{id}")]
    [ProducesResponseType<ApiEnvelope<object>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<ObjectResult> Revoke(int id, CancellationToken cancellationToken)
    {
        await mediator.Send(new RevokeApiKeyCommand(id), cancellationToken);
        return Envelope<object?>(null, "API key revoked successfully");
    }
}
