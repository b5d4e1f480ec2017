namespace Invoke.Application.EnvironmentVariables.Commands.ReplaceEnvironmentVariables;

public sealed record EnvironmentVariableInput(string? Name, string? Value, string? Description);
