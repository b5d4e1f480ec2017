using FluentValidation;

namespace Invoke.Application.KeyValueStore.Queries.ListKvKeys;

public sealed class ListKvKeysQueryValidator : AbstractValidator<ListKvKeysQuery>
{
    public ListKvKeysQueryValidator() =>
        RuleFor(q => q.Limit).InclusiveBetween(1, ListKvKeysQuery.MaxLimit)
            .WithMessage($"limit must be between 1 and {ListKvKeysQuery.MaxLimit}");
}
