using Invoke.ArchitectureTests.Violations.Api.Contracts;
using Invoke.ArchitectureTests.Violations.Application.Widgets;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.ArchitectureTests.Violations.Api.Controllers;

[ApiController]
[Route("api/widgets")]
public sealed class WidgetsController(IMediator mediator) : ControllerBase
{
    [HttpPost]
    public async Task<IActionResult> Create(WidgetRequest body, CancellationToken cancellationToken)
    {
        await mediator.Send(new WellFormedCommand(body.Name), cancellationToken);
        return NoContent();
    }
}
