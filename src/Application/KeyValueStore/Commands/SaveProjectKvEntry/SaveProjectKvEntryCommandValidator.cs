using FluentValidation;

namespace Invoke.Application.KeyValueStore.Commands.SaveProjectKvEntry;

public sealed class SaveProjectKvEntryCommandValidator : AbstractValidator<SaveProjectKvEntryCommand>
{
    public const string ValueRequiredMessage = "Value is required";

    public SaveProjectKvEntryCommandValidator()
    {
        RuleFor(c => c.Key!).ValidKvKey();
        RuleFor(c => c.ValueJson).NotNull().WithMessage(ValueRequiredMessage);
        RuleFor(c => c.TtlMilliseconds).ValidTtl();
    }
}
