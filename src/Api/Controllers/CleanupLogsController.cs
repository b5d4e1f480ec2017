using Invoke.Api.Contracts;
using Invoke.Api.Envelopes;
using Invoke.Api.Security;
using Invoke.Application.LogCleanup.Commands.CleanupLogs;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Invoke.Api.Controllers;

[Route("api/admin/cleanup-logs")]
[Authorize(Policy = AuthorizationPolicies.Admin)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status403Forbidden)]
public sealed class CleanupLogsController(IMediator mediator) : ApiControllerBase
{
    /// <summary>
    /// Applies log retention now: each function's own policy when it has one, the global policy otherwise; nothing
    /// while global retention is disabled.
    /// </summary>
    /// <param name="request">Optional; <c>functionId</c> limits the cleanup to one function. The UI sends <c>{}</c>.</param>
    /// <param name="cancellationToken">Aborted with the request.</param>
    [HttpPost]
    [ProducesResponseType<ApiEnvelope<CleanupLogsResultDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Cleanup(
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] CleanupLogsRequest? request,
        CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new CleanupLogsCommand(request?.FunctionId), cancellationToken);
        return Envelope(result, result.Message);
    }
}
