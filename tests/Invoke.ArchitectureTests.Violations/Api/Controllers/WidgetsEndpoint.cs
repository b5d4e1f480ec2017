using Microsoft.AspNetCore.Mvc;

namespace Invoke.ArchitectureTests.Violations.Api.Controllers;

// Breach: a controller whose name does not end in Controller.
[ApiController]
[Route("api/widget-endpoint")]
public sealed class WidgetsEndpoint : ControllerBase
{
    [HttpGet]
    public IActionResult Ping() => NoContent();
}
