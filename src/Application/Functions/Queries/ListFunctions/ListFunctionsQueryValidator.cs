using FluentValidation;

namespace Invoke.Application.Functions.Queries.ListFunctions;

public sealed class ListFunctionsQueryValidator : AbstractValidator<ListFunctionsQuery>
{
    public ListFunctionsQueryValidator() =>
        RuleFor(q => q.ProjectId)
            .Must(id => string.IsNullOrEmpty(id) || id == ListFunctionsQuery.SystemProject || Guid.TryParse(id, out _))
            .WithMessage("projectId must be a project id or 'system'")
            .OverridePropertyName("projectId");
}
