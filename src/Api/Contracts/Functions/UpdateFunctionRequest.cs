using System.Text.Json.Serialization;
using Invoke.Application.Functions.Commands.UpdateFunction;

namespace Invoke.Api.Contracts.Functions;

public sealed record UpdateFunctionRequest(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("requires_api_key")] bool? RequiresApiKey,
    [property: JsonPropertyName("is_active")] bool? IsActive,
    [property: JsonPropertyName("custom_timeout_enabled")] bool? CustomTimeoutEnabled,
    [property: JsonPropertyName("custom_timeout_seconds")] int? CustomTimeoutSeconds,
    [property: JsonPropertyName("custom_memory_enabled")] bool? CustomMemoryEnabled,
    [property: JsonPropertyName("custom_memory_mb")] int? CustomMemoryMb)
{
    public UpdateFunctionCommand ToCommand(Guid functionId) =>
        new(functionId, Name, Description, RequiresApiKey, IsActive,
            CustomTimeoutEnabled, CustomTimeoutSeconds, CustomMemoryEnabled, CustomMemoryMb);
}
