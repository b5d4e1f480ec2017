using FluentValidation;

namespace Invoke.ArchitectureTests.Violations.Application.Widgets;

public sealed class WellFormedCommandValidator : AbstractValidator<WellFormedCommand>
{
    public WellFormedCommandValidator() => RuleFor(c => c.Name).NotEmpty();
}
