using System.Text.Json.Serialization;
using Invoke.Application.EnvironmentVariables.Commands.AddEnvironmentVariable;

namespace Invoke.Api.Contracts.EnvironmentVariables;

/// <summary><c>key</c> and <c>value</c> are what the original CLI's <c>function:env:set</c> sends.</summary>
public sealed record AddEnvironmentVariableRequest(
    [property: JsonPropertyName("variable_name")] string? VariableName,
    [property: JsonPropertyName("variable_value")] string? VariableValue,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("key")] string? Key,
    [property: JsonPropertyName("value")] string? Value)
{
    public AddEnvironmentVariableCommand ToCommand(Guid functionId) =>
        new(functionId, VariableName ?? Key, VariableValue ?? Value, Description);
}
