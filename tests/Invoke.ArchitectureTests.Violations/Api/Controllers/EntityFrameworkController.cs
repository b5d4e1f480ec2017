using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Invoke.ArchitectureTests.Violations.Api.Controllers;

// Breach: a controller that knows about EF Core exceptions (only Infrastructure should).
[ApiController]
[Route("api/ef-widgets")]
public sealed class EntityFrameworkController : ControllerBase
{
    [HttpGet]
    public IActionResult Describe() => Ok(typeof(DbUpdateException).Name);
}
