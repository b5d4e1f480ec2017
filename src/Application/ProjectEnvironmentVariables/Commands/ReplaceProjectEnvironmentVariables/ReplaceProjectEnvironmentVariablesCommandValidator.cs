using FluentValidation;
using Invoke.Application.EnvironmentVariables;

namespace Invoke.Application.ProjectEnvironmentVariables.Commands.ReplaceProjectEnvironmentVariables;

public sealed class ReplaceProjectEnvironmentVariablesCommandValidator
    : AbstractValidator<ReplaceProjectEnvironmentVariablesCommand>
{
    public ReplaceProjectEnvironmentVariablesCommandValidator() => Include(new EnvironmentVariableListValidator());
}
