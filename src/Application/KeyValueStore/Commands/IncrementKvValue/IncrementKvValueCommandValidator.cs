using FluentValidation;

namespace Invoke.Application.KeyValueStore.Commands.IncrementKvValue;

public sealed class IncrementKvValueCommandValidator : AbstractValidator<IncrementKvValueCommand>
{
    public IncrementKvValueCommandValidator()
    {
        RuleFor(c => c.Key).ValidKvKey();
        RuleFor(c => c.By).Must(double.IsFinite).WithMessage("by must be a finite number");
    }
}
