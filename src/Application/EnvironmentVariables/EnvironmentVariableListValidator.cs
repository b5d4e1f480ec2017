using FluentValidation;
using Invoke.Domain.Common;

namespace Invoke.Application.EnvironmentVariables;

/// <summary>
/// The original's rules and messages for a replace-all list (admin-api.md §5.14), which the validators of function and
/// project variables include.
/// </summary>
public sealed class EnvironmentVariableListValidator : AbstractValidator<IReplaceEnvironmentVariables>
{
    public EnvironmentVariableListValidator()
    {
        RuleFor(c => c.Variables).NotNull().WithMessage("Variables must be an array").OverridePropertyName("variables");

        RuleForEach(c => c.Variables).ChildRules(variable =>
        {
            variable.RuleFor(v => v.Name)
                .Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Each variable must have a valid variable_name")
                .Must(EnvironmentVariable.IsValidName)
                .WithMessage(v => $"Invalid variable name: {v.Name}. {EnvironmentVariableMessages.NameRule}")
                .MaximumLength(EnvironmentVariable.NameMaxLength)
                .WithMessage($"Variable names must be at most {EnvironmentVariable.NameMaxLength} characters")
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
