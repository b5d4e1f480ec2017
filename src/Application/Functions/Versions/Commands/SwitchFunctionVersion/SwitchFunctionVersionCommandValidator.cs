using FluentValidation;

namespace Invoke.Application.Functions.Versions.Commands.SwitchFunctionVersion;

public sealed class SwitchFunctionVersionCommandValidator : AbstractValidator<SwitchFunctionVersionCommand>
{
    public const string VersionRequiredMessage = "Version ID or version number is required";

    public SwitchFunctionVersionCommandValidator() =>
        RuleFor(c => c.VersionId)
            .NotNull()
            .When(c => c.VersionNumber is null)
            .WithMessage(VersionRequiredMessage);
}
