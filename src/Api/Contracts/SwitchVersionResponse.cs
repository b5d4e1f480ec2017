using System.Text.Json.Serialization;
using Invoke.Application.Functions.Versions.Commands.SwitchFunctionVersion;

namespace Invoke.Api.Contracts;

/// <summary>The original's switch-version answer: <c>success, message, data</c>, without statusCode and timestamp.</summary>
public sealed record SwitchVersionResponse(
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("data")] SwitchedVersionDto Data)
{
    [JsonPropertyName("success")]
    [JsonPropertyOrder(-1)]
    public bool Success => true;
}
