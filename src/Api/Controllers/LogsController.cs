using Invoke.Api.Binding;
using Invoke.Api.Envelopes;
using Invoke.Api.Security;
using Invoke.Application.ExecutionLogs.Common;
using Invoke.Application.ExecutionLogs.Queries.GetLogs;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.Controllers;

[Route("api/logs")]
[Authorize(Policy = AuthorizationPolicies.Jwt)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status403Forbidden)]
public sealed class LogsController(IMediator mediator) : ApiControllerBase
{
    /// <summary>The log browser: every log column plus the function's name, newest first.</summary>
    /// <param name="page">1 or more.</param>
    /// <param name="limit">1 to 100.</param>
    /// <param name="status"><c>all</c>, <c>success</c> (2xx) or <c>error</c> (4xx and 5xx).</param>
    /// <param name="projectId">A project id; <c>system</c> or nothing for all of the caller's projects (all for admins).</param>
    /// <param name="cancellationToken">Aborted with the request.</param>
    [HttpGet]
    [ProducesResponseType<ApiEnvelope<LogPageDto<LogEntryDto>>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(
        CancellationToken cancellationToken,
        [FromQuery, ModelBinder<NumberOrDefaultModelBinder>] int page = ILogPageRequest.DefaultPage,
        [FromQuery, ModelBinder<NumberOrDefaultModelBinder>] int limit = ILogPageRequest.DefaultLimit,
        [FromQuery] string status = LogStatusFilter.All,
        [FromQuery] string? projectId = null)
    {
        var logs = await mediator.Send(new GetLogsQuery(page, limit, status, projectId), cancellationToken);
        return Envelope(logs, "Logs retrieved successfully");
    }
}
