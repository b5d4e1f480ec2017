using FluentValidation;

namespace Invoke.Application.Functions.Versions.Commands.UploadFunctionVersion;

public sealed class UploadFunctionVersionCommandValidator : AbstractValidator<UploadFunctionVersionCommand>
{
    public const string NoFileMessage = "No file provided";

    public UploadFunctionVersionCommandValidator()
    {
        RuleFor(c => c.Archive).NotNull().WithMessage(NoFileMessage).OverridePropertyName("file");
        RuleFor(c => c.AfterBuildAction)
            .Must(action => action is null or AfterBuildActions.None or AfterBuildActions.Switch)
            .WithMessage($"afterBuildAction must be '{AfterBuildActions.Switch}' or '{AfterBuildActions.None}'")
            .OverridePropertyName("afterBuildAction");
    }
}
