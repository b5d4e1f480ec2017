using Invoke.Api.Contracts.Settings;
using Invoke.Api.Envelopes;
using Invoke.Api.Security;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Settings.Queries.GetGlobalSettings;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.Controllers;

/// <summary>
/// Platform-wide settings. Reading takes an API key as well, because the original CLIs read the function base URL
/// with one; changing them takes a session token, as in the original.
/// </summary>
[Route("api/admin/global-settings")]
public sealed class GlobalSettingsController(IMediator mediator, ICurrentUser currentUser) : ApiControllerBase
{
    /// <summary>
    /// Every setting for admins; for other users only <c>function_base_url</c> and <c>api_gateway_domain</c>, which
    /// the admin UI needs to show function and gateway URLs.
    /// </summary>
    [HttpGet]
    [Authorize(Policy = AuthorizationPolicies.JwtOrApiKey)]
    [ProducesResponseType<ApiEnvelope<IReadOnlyDictionary<string, GlobalSettingDto>>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(CancellationToken cancellationToken) =>
        Envelope(
            await mediator.Send(new GetGlobalSettingsQuery(currentUser.IsAdmin), cancellationToken),
            "Global settings retrieved successfully");

    /// <summary>Changes the given settings (admins only; others get the original's 403 message).</summary>
    [HttpPut]
    [Authorize(Policy = AuthorizationPolicies.Jwt)]
    [ProducesResponseType<ApiEnvelope<UpdatedRowsDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Update(UpdateGlobalSettingsRequest body, CancellationToken cancellationToken) =>
        Envelope(
            new UpdatedRowsDto(await mediator.Send(body.ToCommand(), cancellationToken)),
            "Global settings updated successfully");
}
