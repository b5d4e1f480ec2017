using Invoke.Api.Binding;
using Invoke.Api.Envelopes;
using Invoke.Api.Security;
using Invoke.Application.ExecutionLogs.Common;
using Invoke.Application.ExecutionLogs.Queries.GetExecutionLog;
using Invoke.Application.ExecutionLogs.Queries.GetFunctionLogs;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.Controllers;

/// <summary>A function's execution logs, for members of its project (and admins).</summary>
[Route("api/functions/{id}")]
[Authorize(Policy = AuthorizationPolicies.JwtOrApiKey)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status403Forbidden)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
public sealed class ExecutionLogsController(IMediator mediator) : ApiControllerBase
{
    /// <summary>The function's logs, newest first (summary columns only).</summary>
    /// <param name="id">The function id.</param>
    /// <param name="page">1 or more.</param>
    /// <param name="limit">1 to 100.</param>
    /// <param name="status"><c>all</c>, <c>success</c> (2xx) or <c>error</c> (4xx and 5xx).</param>
    /// <param name="cancellationToken">Aborted with the request.</param>
    [HttpGet("logs")]
    [ProducesResponseType<ApiEnvelope<LogPageDto<FunctionLogDto>>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(
        Guid id,
        CancellationToken cancellationToken,
        [FromQuery, ModelBinder<NumberOrDefaultModelBinder>] int page = ILogPageRequest.DefaultPage,
        [FromQuery, ModelBinder<NumberOrDefaultModelBinder>] int limit = ILogPageRequest.DefaultLimit,
        [FromQuery] string status = LogStatusFilter.All)
    {
        var logs = await mediator.Send(new GetFunctionLogsQuery(id, page, limit, status), cancellationToken);
        return Envelope(logs, "Execution logs retrieved");
    }

    /// <summary>One log with its headers, bodies, console output, function and project.</summary>
    /// <param name="id">The function id.</param>
    /// <param name="logId">The log id; it must belong to the function.</param>
    /// <param name="cancellationToken">Aborted with the request.</param>
    [HttpGet("execution-logs/{logId}")]
    [ProducesResponseType<ApiEnvelope<ExecutionLogDetailDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(Guid id, int logId, CancellationToken cancellationToken)
    {
        var log = await mediator.Send(new GetExecutionLogQuery(id, logId), cancellationToken);
        return Envelope(log, "Execution log details retrieved successfully");
    }
}
