using FluentValidation;
using Invoke.Domain.Functions;

namespace Invoke.Application.Retention.Commands.UpdateFunctionRetention;

public sealed class UpdateFunctionRetentionCommandValidator : AbstractValidator<UpdateFunctionRetentionCommand>
{
    public UpdateFunctionRetentionCommandValidator()
    {
        RuleFor(c => c.Type)
            .Must(type => RetentionType.All.Contains(type!))
            .WithMessage($"retention_type must be one of: {string.Join(", ", RetentionType.All)}")
            .When(c => c.Type is not null)
            .OverridePropertyName("retention_type");

        RuleFor(c => c.Value)
            .GreaterThan(0).WithMessage("retention_value must be positive")
            .OverridePropertyName("retention_value");
    }
}
