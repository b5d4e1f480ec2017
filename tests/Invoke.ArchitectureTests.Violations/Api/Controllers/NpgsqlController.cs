using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Invoke.ArchitectureTests.Violations.Api.Controllers;

// Breach: a controller holding an Npgsql data source.
[ApiController]
[Route("api/npgsql-widgets")]
public sealed class NpgsqlController(NpgsqlDataSource dataSource) : ControllerBase
{
    [HttpGet]
    public IActionResult Describe() => Ok(dataSource.ConnectionString.Length);
}
