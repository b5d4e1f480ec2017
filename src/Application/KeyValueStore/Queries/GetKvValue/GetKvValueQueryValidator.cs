using FluentValidation;

namespace Invoke.Application.KeyValueStore.Queries.GetKvValue;

public sealed class GetKvValueQueryValidator : AbstractValidator<GetKvValueQuery>
{
    public GetKvValueQueryValidator() => RuleFor(q => q.Key).ValidKvKey();
}
