using FluentValidation;
using Invoke.Domain.Functions;

namespace Invoke.Application.Functions.Commands.UpdateFunction;

public sealed class UpdateFunctionCommandValidator : AbstractValidator<UpdateFunctionCommand>
{
    public UpdateFunctionCommandValidator()
    {
        RuleFor(c => c).Must(c => !c.ChangesNothing).WithMessage("No fields to update").OverridePropertyName("body");

        RuleFor(c => c.Name)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Function name cannot be empty")
            .Must(name => name!.Trim().Length <= Function.NameMaxLength)
            .WithMessage($"Function name must be at most {Function.NameMaxLength} characters")
            .When(c => c.Name is not null)
            .OverridePropertyName("name");

        RuleFor(c => c.CustomTimeoutSeconds)
            .GreaterThan(0).WithMessage("custom_timeout_seconds must be a positive integer")
            .OverridePropertyName("custom_timeout_seconds");

        RuleFor(c => c.CustomMemoryMb)
            .GreaterThan(0).WithMessage("custom_memory_mb must be a positive integer")
            .OverridePropertyName("custom_memory_mb");
    }
}
