using FluentValidation;
using Invoke.Domain.ApiKeys;

namespace Invoke.Application.ApiKeys.Commands.CreateApiKey;

public sealed class CreateApiKeyCommandValidator : AbstractValidator<CreateApiKeyCommand>
{
    public CreateApiKeyCommandValidator()
    {
        ClassLevelCascadeMode = CascadeMode.Stop;

        RuleFor(c => c.Name).NotEmpty().WithMessage("API key name is required");
        // The original measures the name before trimming it.
        RuleFor(c => c.Name)
            .MaximumLength(ApiKey.NameMaxLength)
            .WithMessage($"API key name must be {ApiKey.NameMaxLength} characters or less");
    }
}
