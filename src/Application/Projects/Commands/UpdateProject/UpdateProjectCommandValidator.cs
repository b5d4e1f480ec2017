using FluentValidation;

namespace Invoke.Application.Projects.Commands.UpdateProject;

public sealed class UpdateProjectCommandValidator : AbstractValidator<UpdateProjectCommand>
{
    public const string Required = "Project ID and name are required";

    public UpdateProjectCommandValidator()
    {
        RuleFor(c => c.Id).NotNull().WithMessage(Required);
        RuleFor(c => c.Name).ValidProjectName(Required);
        RuleFor(c => c.KvStorageLimitBytes)
            .GreaterThan(0).WithMessage("kv_storage_limit_bytes must be a positive number of bytes")
            .OverridePropertyName("kv_storage_limit_bytes");
    }
}
