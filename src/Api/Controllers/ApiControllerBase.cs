using Invoke.Api.Envelopes;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.Controllers;

[ApiController]
[Produces("application/json")]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status500InternalServerError)]
public abstract class ApiControllerBase : ControllerBase
{
    /// <summary>
    /// Answers with the original's envelope. <paramref name="envelopeStatusCode"/> exists because the original often
    /// answers HTTP 201 with <c>statusCode: 200</c> in the body; it defaults to <paramref name="httpStatusCode"/>.
    /// </summary>
    protected ObjectResult Envelope<T>(
        T data, string message = "", int httpStatusCode = StatusCodes.Status200OK, int? envelopeStatusCode = null)
    {
        var now = HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        return StatusCode(httpStatusCode, new ApiEnvelope<T>(data, message, envelopeStatusCode ?? httpStatusCode, now));
    }
}
