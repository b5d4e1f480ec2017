using FluentValidation;
using Invoke.Domain.Functions;

namespace Invoke.Application.Schedules.Commands.UpdateFunctionSchedule;

public sealed class UpdateFunctionScheduleCommandValidator : AbstractValidator<UpdateFunctionScheduleCommand>
{
    public UpdateFunctionScheduleCommandValidator(ICronSchedule cronSchedule)
    {
        RuleFor(c => c.Cron)
            .NotEmpty().WithMessage("Cron expression is required when scheduling is enabled")
            .When(c => c.Enabled == true && c.Cron is not null)
            .OverridePropertyName("schedule_cron");

        // An expression is checked whenever one is sent, even to a disabled schedule: enabling it later must not
        // find a stored expression that cannot run.
        RuleFor(c => c.Cron)
            .Cascade(CascadeMode.Stop)
            .MaximumLength(Function.ScheduleCronMaxLength)
            .WithMessage($"Cron expression must be at most {Function.ScheduleCronMaxLength} characters")
            .Must(cron => cronSchedule.IsValid(cron!.Trim())).WithMessage(ScheduleMessages.InvalidCron)
            .When(c => !string.IsNullOrWhiteSpace(c.Cron))
            .OverridePropertyName("schedule_cron");
    }
}
