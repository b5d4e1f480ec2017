using FluentValidation;
using Invoke.Domain.Functions;

namespace Invoke.Application.Functions.Templates.Commands.CreateFunctionFromTemplate;

public sealed class CreateFunctionFromTemplateCommandValidator : AbstractValidator<CreateFunctionFromTemplateCommand>
{
    public const string NameRequiredMessage = "Function name is required";
    public const string ProjectRequiredMessage = "Project ID is required";

    public CreateFunctionFromTemplateCommandValidator()
    {
        RuleFor(c => c.Name)
            .Cascade(CascadeMode.Stop)
            .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage(NameRequiredMessage)
            .Must(name => name!.Trim().Length <= Function.NameMaxLength)
            .WithMessage($"Function name must be at most {Function.NameMaxLength} characters");
        RuleFor(c => c.ProjectId).NotNull().WithMessage(ProjectRequiredMessage);
    }
}
