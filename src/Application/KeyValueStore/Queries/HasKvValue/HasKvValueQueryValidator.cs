using FluentValidation;

namespace Invoke.Application.KeyValueStore.Queries.HasKvValue;

public sealed class HasKvValueQueryValidator : AbstractValidator<HasKvValueQuery>
{
    public HasKvValueQueryValidator() => RuleFor(q => q.Key).ValidKvKey();
}
