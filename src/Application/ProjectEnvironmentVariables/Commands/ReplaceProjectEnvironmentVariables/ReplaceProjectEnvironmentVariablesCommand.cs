using Invoke.Application.EnvironmentVariables;
using MediatR;

namespace Invoke.Application.ProjectEnvironmentVariables.Commands.ReplaceProjectEnvironmentVariables;

/// <summary>Makes the project's variables exactly <see cref="Variables"/>, all or nothing.</summary>
public sealed record ReplaceProjectEnvironmentVariablesCommand(Guid ProjectId, IReadOnlyList<EnvironmentVariableInput>? Variables)
    : IRequest, IReplaceEnvironmentVariables;
