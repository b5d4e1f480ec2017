using FluentValidation;

namespace Invoke.Application.KeyValueStore.Commands.DeleteKvValue;

public sealed class DeleteKvValueCommandValidator : AbstractValidator<DeleteKvValueCommand>
{
    public DeleteKvValueCommandValidator() => RuleFor(c => c.Key).ValidKvKey();
}
