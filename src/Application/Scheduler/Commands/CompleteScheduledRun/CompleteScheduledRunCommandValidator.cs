using FluentValidation;

namespace Invoke.Application.Scheduler.Commands.CompleteScheduledRun;

public sealed class CompleteScheduledRunCommandValidator : AbstractValidator<CompleteScheduledRunCommand>
{
    public CompleteScheduledRunCommandValidator() => RuleFor(c => c.Run).NotNull();
}
