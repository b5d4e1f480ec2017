using System.Text.Json.Serialization;

namespace Invoke.Application.Functions.Commands.RegenerateFunctionKey;

public sealed record FunctionKeyDto(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("api_key")] string ApiKey);
