using FluentValidation;
using Invoke.Domain.Projects;

namespace Invoke.Application.ProjectMembers.Commands;

internal static class MembershipRequestRules
{
    public const string InvalidRole = "Invalid role. Must be owner or developer";

    public static IRuleBuilderOptions<T, string?> ValidRole<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(role => role is null || ProjectRole.All.Contains(role)).WithMessage(InvalidRole);

    public static IRuleBuilderOptions<T, int?> PositiveId<T>(this IRuleBuilder<T, int?> rule, string field) =>
        rule.GreaterThan(0).WithMessage($"{field} must be a positive integer");
}
