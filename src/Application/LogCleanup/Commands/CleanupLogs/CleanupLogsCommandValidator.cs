using FluentValidation;

namespace Invoke.Application.LogCleanup.Commands.CleanupLogs;

public sealed class CleanupLogsCommandValidator : AbstractValidator<CleanupLogsCommand>
{
    public CleanupLogsCommandValidator() => RuleFor(c => c.BatchSize).GreaterThan(0);
}
