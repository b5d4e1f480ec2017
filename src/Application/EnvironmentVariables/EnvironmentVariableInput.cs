namespace Invoke.Application.EnvironmentVariables;

public sealed record EnvironmentVariableInput(string? Name, string? Value, string? Description);
