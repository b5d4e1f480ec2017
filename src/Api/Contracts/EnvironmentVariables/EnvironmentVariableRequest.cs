using System.Text.Json.Serialization;
using Invoke.Application.EnvironmentVariables;

namespace Invoke.Api.Contracts.EnvironmentVariables;

public sealed record EnvironmentVariableRequest(
    [property: JsonPropertyName("variable_name")] string? VariableName,
    [property: JsonPropertyName("variable_value")] string? VariableValue,
    [property: JsonPropertyName("description")] string? Description)
{
    public EnvironmentVariableInput ToInput() => new(VariableName, VariableValue, Description);
}
