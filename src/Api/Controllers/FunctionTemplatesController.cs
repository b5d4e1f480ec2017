using Invoke.Api.Contracts;
using Invoke.Api.Envelopes;
using Invoke.Api.Security;
using Invoke.Application.Functions.Templates.Commands.CreateFunctionFromTemplate;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.Controllers;

[Route("api/functions/create-from-template")]
[Authorize(Policy = AuthorizationPolicies.JwtOrApiKey)]
public sealed class FunctionTemplatesController(IMediator mediator) : ApiControllerBase
{
    /// <summary>Creates a function running the Hello World template as version 1.</summary>
    [HttpPost]
    [ProducesResponseType<ApiEnvelope<TemplateFunctionDto>>(StatusCodes.Status201Created)]
    public async Task<ObjectResult> Create(CreateFromTemplateRequest request, CancellationToken cancellationToken)
    {
        var function = await mediator.Send(
            new CreateFunctionFromTemplateCommand(request.Name, request.Description, request.RequiresApiKey ?? false, request.ProjectId),
            cancellationToken);
        return Envelope(function, "Hello World function created successfully", StatusCodes.Status201Created, StatusCodes.Status200OK);
    }
}
