using FluentValidation;

namespace Invoke.Application.KeyValueStore.Commands.DeleteProjectKvEntry;

public sealed class DeleteProjectKvEntryCommandValidator : AbstractValidator<DeleteProjectKvEntryCommand>
{
    public DeleteProjectKvEntryCommandValidator() => RuleFor(c => c.Key).NotEmpty().WithMessage("Key is required");
}
