using System.Text.Json.Serialization;
using Invoke.Application.Functions.Commands.UpdateFunction;

namespace Invoke.Api.Contracts.Functions;

public sealed record UpdateFunctionRequest(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("requires_api_key")] bool? RequiresApiKey,
    [property: JsonPropertyName("is_active")] bool? IsActive)
{
    public UpdateFunctionCommand ToCommand(Guid functionId) =>
        new(functionId, Name, Description, RequiresApiKey, IsActive);
}
