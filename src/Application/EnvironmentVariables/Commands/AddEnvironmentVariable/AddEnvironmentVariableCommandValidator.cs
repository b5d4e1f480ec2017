using FluentValidation;
using Invoke.Domain.Common;

namespace Invoke.Application.EnvironmentVariables.Commands.AddEnvironmentVariable;

public sealed class AddEnvironmentVariableCommandValidator : AbstractValidator<AddEnvironmentVariableCommand>
{
    public AddEnvironmentVariableCommandValidator()
    {
        RuleFor(c => c.Name)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(EnvironmentVariableMessages.NameRequired)
            .Must(EnvironmentVariable.IsValidName).WithMessage(EnvironmentVariableMessages.InvalidName)
            .MaximumLength(EnvironmentVariable.NameMaxLength)
            .WithMessage($"Variable names must be at most {EnvironmentVariable.NameMaxLength} characters")
            .OverridePropertyName("variable_name");

        RuleFor(c => c.Value).NotNull().WithMessage("Variable value is required").OverridePropertyName("variable_value");
    }
}
