using FluentValidation;
using Invoke.Domain.Functions;

namespace Invoke.Application.Functions.Commands.CreateFunction;

public sealed class CreateFunctionCommandValidator : AbstractValidator<CreateFunctionCommand>
{
    public const string RequiredMessage = "Name and project_id are required";

    public CreateFunctionCommandValidator()
    {
        RuleFor(c => c.Name)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(RequiredMessage)
            .Must(name => name!.Trim().Length <= Function.NameMaxLength)
            .WithMessage($"Function name must be at most {Function.NameMaxLength} characters")
            .OverridePropertyName("name");

        // NotNull, not NotEmpty: the empty GUID is the seeded "Default Project".
        RuleFor(c => c.ProjectId).NotNull().WithMessage(RequiredMessage).OverridePropertyName("project_id");
    }
}
