using FluentValidation;

namespace Invoke.Application.Users.Commands;

internal static class UserIdRule
{
    public static IRuleBuilderOptions<T, int?> RequiredUserId<T>(this IRuleBuilder<T, int?> rule) =>
        rule
            .NotNull().WithMessage("User ID is required")
            .GreaterThan(0).WithMessage("id must be a positive integer");
}
