using FluentValidation;

namespace Invoke.Application.Functions.Upload.Commands.UploadFunction;

public sealed class UploadFunctionCommandValidator : AbstractValidator<UploadFunctionCommand>
{
    public const string NoFileMessage = "No file uploaded";
    public const string ProjectRequiredMessage = "Project ID is required";
    public const string ProjectIdFormatMessage = "Project ID must be a UUID";

    public UploadFunctionCommandValidator()
    {
        // The original answers the first problem only, starting with the missing file.
        ClassLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.Archive).NotNull().WithMessage(NoFileMessage).OverridePropertyName("function");
        RuleFor(c => c.ProjectId)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ProjectRequiredMessage)
            .Must(id => Guid.TryParse(id, out _)).WithMessage(ProjectIdFormatMessage);
    }
}
