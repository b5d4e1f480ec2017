using FluentValidation;

namespace Invoke.Application.KeyValueStore.Commands.SetKvValue;

public sealed class SetKvValueCommandValidator : AbstractValidator<SetKvValueCommand>
{
    public SetKvValueCommandValidator()
    {
        RuleFor(c => c.Key).ValidKvKey();
        RuleFor(c => c.TtlMilliseconds).ValidTtl();
    }
}
