using FluentValidation;
using Invoke.Domain.Functions;

namespace Invoke.Application.EnvironmentVariables.Commands.ReplaceEnvironmentVariables;

public sealed class ReplaceEnvironmentVariablesCommandValidator : AbstractValidator<ReplaceEnvironmentVariablesCommand>
{
    public ReplaceEnvironmentVariablesCommandValidator()
    {
        RuleFor(c => c.Variables).NotNull().WithMessage("Variables must be an array").OverridePropertyName("variables");

        RuleForEach(c => c.Variables).ChildRules(variable =>
        {
            variable.RuleFor(v => v.Name)
                .Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Each variable must have a valid variable_name")
                .Must(FunctionEnvironmentVariable.IsValidName)
                .WithMessage(v => $"Invalid variable name: {v.Name}. {EnvironmentVariableMessages.NameRule}")
                .MaximumLength(FunctionEnvironmentVariable.NameMaxLength)
                .WithMessage($"Variable names must be at most {FunctionEnvironmentVariable.NameMaxLength} characters")
                .OverridePropertyName("variable_name");
            variable.RuleFor(v => v.Value)
                .NotNull().WithMessage("Each variable must have a variable_value")
                .OverridePropertyName("variable_value");
        }).OverridePropertyName("variables");

        RuleFor(c => c.Variables)
            .Must(variables => variables!.Select(v => v.Name).Distinct(StringComparer.Ordinal).Count() == variables!.Count)
            .WithMessage("Duplicate variable name found")
            .When(c => c.Variables is not null)
            .OverridePropertyName("variables");
    }
}
