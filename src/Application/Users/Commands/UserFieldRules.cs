using FluentValidation;
using Invoke.Domain.Users;

namespace Invoke.Application.Users.Commands;

/// <summary>
/// Length limits of the user fields, named by wire field. The shape of an email address is the entity's rule
/// (<see cref="User"/>); its refusal names the field too.
/// </summary>
internal static class UserFieldRules
{
    public static IRuleBuilderOptions<T, string?> ValidUsername<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || value.Trim().Length <= User.UsernameMaxLength)
            .WithMessage($"Username must be at most {User.UsernameMaxLength} characters");

    public static IRuleBuilderOptions<T, string?> ValidEmailLength<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || value.Trim().Length <= User.EmailMaxLength)
            .WithMessage($"Email must be at most {User.EmailMaxLength} characters");
}
