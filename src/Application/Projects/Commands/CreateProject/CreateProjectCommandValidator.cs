using FluentValidation;

namespace Invoke.Application.Projects.Commands.CreateProject;

public sealed class CreateProjectCommandValidator : AbstractValidator<CreateProjectCommand>
{
    public CreateProjectCommandValidator() =>
        RuleFor(c => c.Name).ValidProjectName("Project name is required");
}
