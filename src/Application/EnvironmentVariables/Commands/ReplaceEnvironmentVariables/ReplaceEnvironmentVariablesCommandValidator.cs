using FluentValidation;

namespace Invoke.Application.EnvironmentVariables.Commands.ReplaceEnvironmentVariables;

public sealed class ReplaceEnvironmentVariablesCommandValidator : AbstractValidator<ReplaceEnvironmentVariablesCommand>
{
    public ReplaceEnvironmentVariablesCommandValidator() => Include(new EnvironmentVariableListValidator());
}
