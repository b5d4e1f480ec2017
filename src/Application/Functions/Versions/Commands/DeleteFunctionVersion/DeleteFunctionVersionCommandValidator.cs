using FluentValidation;

namespace Invoke.Application.Functions.Versions.Commands.DeleteFunctionVersion;

public sealed class DeleteFunctionVersionCommandValidator : AbstractValidator<DeleteFunctionVersionCommand>
{
    public const string VersionRequiredMessage = "Version number is required";

    public DeleteFunctionVersionCommandValidator() =>
        RuleFor(c => c.Version).NotNull().WithMessage(VersionRequiredMessage);
}
