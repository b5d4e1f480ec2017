using FluentValidation;

namespace Invoke.Application.KeyValueStore.Queries.GetProjectKvStore;

public sealed class GetProjectKvStoreQueryValidator : AbstractValidator<GetProjectKvStoreQuery>
{
    public GetProjectKvStoreQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("page must be a positive integer");
        RuleFor(q => q.Limit).InclusiveBetween(1, GetProjectKvStoreQuery.MaxLimit)
            .WithMessage($"limit must be between 1 and {GetProjectKvStoreQuery.MaxLimit}");
    }
}
