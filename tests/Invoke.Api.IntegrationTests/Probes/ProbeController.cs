using Invoke.Api.Controllers;
using Invoke.Application.Common.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.IntegrationTests.Probes;

/// <summary>
/// Lives only in the test assembly (<see cref="ProbeApiFactory"/> adds it): product endpoints with bodies arrive in
/// later issues, and the binding and envelope paths need an endpoint to exercise them now.
/// </summary>
[Route("api/probe")]
public sealed class ProbeController : ApiControllerBase
{
    public const string SecretDetail = "connection to 10.0.0.7 refused, password=hunter2";

    [HttpPost("items")]
    public ObjectResult Create(ProbeRequest request) =>
        Envelope(request, "Probe created", StatusCodes.Status201Created, StatusCodes.Status200OK);

    [HttpGet("items/{id}")]
    public ObjectResult Get(Guid id, [FromQuery] int? limit) => Envelope(new { id, limit });

    [HttpGet("bare-not-found")]
    public IActionResult BareNotFound() => NotFound();

    [HttpGet("not-found")]
    public IActionResult ThrowNotFound() => throw new NotFoundException("Probe not found");

    [HttpGet("crash")]
    public IActionResult ThrowUnexpected() => throw new InvalidOperationException(SecretDetail);
}
