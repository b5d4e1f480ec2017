using Invoke.ArchitectureTests.Violations.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Invoke.ArchitectureTests.Violations.Api.Controllers;

// Breach: a controller that queries the Infrastructure DbContext itself.
[ApiController]
[Route("api/db-widgets")]
public sealed class DbContextController(ViolationsDbContext db) : ControllerBase
{
    [HttpGet]
    public async Task<IActionResult> List(CancellationToken cancellationToken) =>
        Ok(await db.Widgets.ToListAsync(cancellationToken));
}
