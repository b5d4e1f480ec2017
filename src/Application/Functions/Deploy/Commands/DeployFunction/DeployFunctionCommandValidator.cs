using FluentValidation;
using Invoke.Application.Functions.Upload.Commands.UploadFunction;

namespace Invoke.Application.Functions.Deploy.Commands.DeployFunction;

public sealed class DeployFunctionCommandValidator : AbstractValidator<DeployFunctionCommand>
{
    public const string UploadMode = "upload";

    private static readonly string[] JavaScriptNames = ["javascript", "js", "node", "nodejs"];

    public DeployFunctionCommandValidator()
    {
        ClassLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.Mode).Equal(UploadMode).WithMessage($"mode must be '{UploadMode}'").OverridePropertyName("mode");
        RuleFor(c => c.Name).NotEmpty().WithMessage("Function name is required").OverridePropertyName("name");
        RuleFor(c => c.Language)
            .Must(language => language is null || JavaScriptNames.Contains(language, StringComparer.OrdinalIgnoreCase))
            .WithMessage("Only JavaScript functions are supported")
            .OverridePropertyName("language");
        RuleFor(c => c.ProjectId)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(UploadFunctionCommandValidator.ProjectRequiredMessage)
            .Must(id => Guid.TryParse(id, out _)).WithMessage(UploadFunctionCommandValidator.ProjectIdFormatMessage)
            .OverridePropertyName("projectId");
        RuleFor(c => c.Archive).NotNull().WithMessage(UploadFunctionCommandValidator.NoFileMessage).OverridePropertyName("file");
    }
}
