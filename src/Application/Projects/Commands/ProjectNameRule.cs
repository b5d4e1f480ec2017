using FluentValidation;
using Invoke.Domain.Projects;

namespace Invoke.Application.Projects.Commands;

internal static class ProjectNameRule
{
    public static IRuleBuilderOptions<T, string?> ValidProjectName<T>(this IRuleBuilder<T, string?> rule, string requiredMessage) =>
        rule
            .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage(requiredMessage)
            .Must(name => name is null || name.Trim().Length <= Project.NameMaxLength)
            .WithMessage($"Project name must be at most {Project.NameMaxLength} characters");
}
