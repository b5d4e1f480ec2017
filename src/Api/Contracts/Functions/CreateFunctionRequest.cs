using System.Text.Json.Serialization;
using Invoke.Application.Functions.Commands.CreateFunction;

namespace Invoke.Api.Contracts.Functions;

public sealed record CreateFunctionRequest(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("project_id")] Guid? ProjectId,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("requires_api_key")] bool? RequiresApiKey)
{
    public CreateFunctionCommand ToCommand() => new(Name, ProjectId, Description, RequiresApiKey == true);
}
