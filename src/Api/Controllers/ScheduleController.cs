using Invoke.Api.Contracts.Schedules;
using Invoke.Api.Envelopes;
using Invoke.Api.Security;
using Invoke.Application.Schedules.Commands.UpdateFunctionSchedule;
using Invoke.Application.Schedules.Queries.GetFunctionSchedule;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.Controllers;

/// <summary>A function's cron schedule. Success bodies are the original's short ones, without the envelope.</summary>
[Route("api/functions/{id}/schedule")]
[Authorize(Policy = AuthorizationPolicies.JwtOrApiKey)]
public sealed class ScheduleController(IMediator mediator) : ApiControllerBase
{
    [HttpGet]
    [ProducesResponseType<SuccessBody<FunctionScheduleDto>>(StatusCodes.Status200OK)]
    public async Task<SuccessBody<FunctionScheduleDto>> Get(Guid id, CancellationToken cancellationToken) =>
        new(null, await mediator.Send(new GetFunctionScheduleQuery(id), cancellationToken));

    /// <summary>Enables, disables or changes the schedule and computes the next run.</summary>
    [HttpPut]
    [ProducesResponseType<SuccessBody<ScheduleUpdatedDto>>(StatusCodes.Status200OK)]
    public async Task<SuccessBody<ScheduleUpdatedDto>> Update(
        Guid id, UpdateScheduleRequest body, CancellationToken cancellationToken) =>
        new("Schedule settings updated successfully", await mediator.Send(body.ToCommand(id), cancellationToken));
}
