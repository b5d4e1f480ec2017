using System.Text.Json.Serialization;
using Invoke.Application.EnvironmentVariables;
using Invoke.Application.EnvironmentVariables.Commands.ReplaceEnvironmentVariables;
using Invoke.Application.ProjectEnvironmentVariables.Commands.ReplaceProjectEnvironmentVariables;

namespace Invoke.Api.Contracts.EnvironmentVariables;

/// <summary>The whole set of a function's or a project's variables.</summary>
public sealed record ReplaceEnvironmentVariablesRequest(
    [property: JsonPropertyName("variables")] IReadOnlyList<EnvironmentVariableRequest>? Variables)
{
    public ReplaceEnvironmentVariablesCommand ToCommand(Guid functionId) => new(functionId, Inputs());

    public ReplaceProjectEnvironmentVariablesCommand ToProjectCommand(Guid projectId) => new(projectId, Inputs());

    private List<EnvironmentVariableInput>? Inputs() => Variables?.Select(v => v.ToInput()).ToList();
}
