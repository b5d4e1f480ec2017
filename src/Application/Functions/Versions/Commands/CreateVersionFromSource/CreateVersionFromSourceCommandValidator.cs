using FluentValidation;

namespace Invoke.Application.Functions.Versions.Commands.CreateVersionFromSource;

public sealed class CreateVersionFromSourceCommandValidator : AbstractValidator<CreateVersionFromSourceCommand>
{
    public const string FilesRequiredMessage = "Function ID and files array are required";

    public CreateVersionFromSourceCommandValidator() =>
        RuleFor(c => c.Files).NotNull().WithMessage(FilesRequiredMessage);
}
