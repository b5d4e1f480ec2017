using FluentValidation;

namespace Invoke.ArchitectureTests.Violations.Application.Widgets;

// Breach: a validator whose name does not end in Validator.
public sealed class ChecksWellFormedQuery : AbstractValidator<WellFormedQuery>
{
    public ChecksWellFormedQuery() => RuleFor(q => q.Id).NotEmpty();
}
