using FluentValidation;

namespace Invoke.Application.Functions.Upload.Commands.UploadFunction;

public sealed class UploadFunctionCommandValidator : AbstractValidator<UploadFunctionCommand>
{
    public const string NoFileMessage = "No file uploaded";
    public const string ProjectRequiredMessage = "Project ID is required";
    public const string ProjectIdFormatMessage = "Project ID must be a UUID";

    public UploadFunctionCommandValidator()
    {
        RuleFor(c => c.Archive).NotNull().WithMessage(NoFileMessage).OverridePropertyName("function");
        RuleFor(c => c.ProjectId)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ProjectRequiredMessage)
            .Must(id => Guid.TryParse(id, out _)).WithMessage(ProjectIdFormatMessage);
    }
}
