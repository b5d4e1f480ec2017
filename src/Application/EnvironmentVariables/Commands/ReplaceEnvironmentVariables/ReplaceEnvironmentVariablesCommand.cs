using MediatR;

namespace Invoke.Application.EnvironmentVariables.Commands.ReplaceEnvironmentVariables;

/// <summary>Makes the function's variables exactly <see cref="Variables"/>, all or nothing.</summary>
public sealed record ReplaceEnvironmentVariablesCommand(Guid FunctionId, IReadOnlyList<EnvironmentVariableInput>? Variables)
    : IRequest, IReplaceEnvironmentVariables;
