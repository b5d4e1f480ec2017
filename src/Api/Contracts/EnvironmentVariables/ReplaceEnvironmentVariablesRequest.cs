using System.Text.Json.Serialization;
using Invoke.Application.EnvironmentVariables.Commands.ReplaceEnvironmentVariables;

namespace Invoke.Api.Contracts.EnvironmentVariables;

public sealed record ReplaceEnvironmentVariablesRequest(
    [property: JsonPropertyName("variables")] IReadOnlyList<EnvironmentVariableRequest>? Variables)
{
    public ReplaceEnvironmentVariablesCommand ToCommand(Guid functionId) =>
        new(functionId, Variables?.Select(v => v.ToInput()).ToList());
}
