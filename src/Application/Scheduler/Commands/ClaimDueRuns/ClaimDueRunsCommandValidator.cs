using FluentValidation;

namespace Invoke.Application.Scheduler.Commands.ClaimDueRuns;

public sealed class ClaimDueRunsCommandValidator : AbstractValidator<ClaimDueRunsCommand>
{
    public ClaimDueRunsCommandValidator() => RuleFor(c => c.MaxRuns).GreaterThan(0);
}
