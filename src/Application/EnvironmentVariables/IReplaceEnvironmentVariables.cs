namespace Invoke.Application.EnvironmentVariables;

/// <summary>A request that makes an owner's (a function's or a project's) variables exactly <see cref="Variables"/>.</summary>
public interface IReplaceEnvironmentVariables
{
    IReadOnlyList<EnvironmentVariableInput>? Variables { get; }
}
