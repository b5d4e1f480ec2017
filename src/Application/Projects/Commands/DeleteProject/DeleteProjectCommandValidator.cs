using FluentValidation;

namespace Invoke.Application.Projects.Commands.DeleteProject;

public sealed class DeleteProjectCommandValidator : AbstractValidator<DeleteProjectCommand>
{
    public DeleteProjectCommandValidator() =>
        RuleFor(c => c.Id).NotNull().WithMessage("Project ID is required");
}
