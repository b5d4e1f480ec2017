using FluentValidation;

namespace Invoke.Application.EnvironmentVariables.Commands.DeleteEnvironmentVariable;

public sealed class DeleteEnvironmentVariableCommandValidator : AbstractValidator<DeleteEnvironmentVariableCommand>
{
    public DeleteEnvironmentVariableCommandValidator() =>
        RuleFor(c => c.Name)
            .NotEmpty().WithMessage(EnvironmentVariableMessages.NameRequired)
            .OverridePropertyName("variable_name");
}
