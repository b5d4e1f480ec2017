using FluentValidation;

namespace Invoke.Application.Scheduler.Commands.RunLogRetention;

public sealed class RunLogRetentionCommandValidator : AbstractValidator<RunLogRetentionCommand>
{
    public RunLogRetentionCommandValidator() => RuleFor(c => c.Interval).GreaterThan(TimeSpan.Zero);
}
