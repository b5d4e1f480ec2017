using System.Linq.Expressions;
using FluentValidation;
using Invoke.Domain.Functions;

namespace Invoke.Application.Settings.Commands.UpdateGlobalSettings;

public sealed class UpdateGlobalSettingsCommandValidator : AbstractValidator<UpdateGlobalSettingsCommand>
{
    public UpdateGlobalSettingsCommandValidator()
    {
        RuleFor(c => c).Must(c => c.Changes().Count > 0).WithMessage("No settings provided to update")
            .OverridePropertyName("body");

        RuleFor(c => c.RetentionType)
            .Must(type => RetentionType.All.Contains(type!))
            .WithMessage($"type must be one of: {string.Join(", ", RetentionType.All)}")
            .When(c => c.RetentionType is not null)
            .OverridePropertyName("type");

        RuleFor(c => c.RetentionValue).GreaterThan(0).WithMessage("value must be positive").OverridePropertyName("value");

        RuleFor(c => c.KvStorageLimitBytes)
            .GreaterThan(0).WithMessage("kv_storage_limit_bytes must be positive")
            .OverridePropertyName("kv_storage_limit_bytes");

        PositiveSetting(c => c.ExecutionDefaultTimeoutSeconds, GlobalSettingKeys.ExecutionDefaultTimeoutSeconds);
        PositiveSetting(c => c.ExecutionMaxTimeoutSeconds, GlobalSettingKeys.ExecutionMaxTimeoutSeconds);
        PositiveSetting(c => c.ExecutionDefaultMemoryMb, GlobalSettingKeys.ExecutionDefaultMemoryMb);
        PositiveSetting(c => c.ExecutionMaxMemoryMb, GlobalSettingKeys.ExecutionMaxMemoryMb);

        RuleFor(c => c.FunctionBaseUrl)
            .Must(url => IsHttpUrl(url!.Trim()))
            .WithMessage("function_base_url must be an http(s) URL")
            .When(c => c.FunctionBaseUrl is not null)
            .OverridePropertyName("function_base_url");

        // The admin UI sends an empty string to turn the gateway's custom domain off.
        RuleFor(c => c.ApiGatewayDomain)
            .Must(domain => domain!.Trim().Length == 0 || IsHttpUrl(domain.Trim()))
            .WithMessage("api_gateway_domain must be empty or an http(s) URL")
            .When(c => c.ApiGatewayDomain is not null)
            .OverridePropertyName("api_gateway_domain");
    }

    private void PositiveSetting(Expression<Func<UpdateGlobalSettingsCommand, int?>> setting, string key) =>
        RuleFor(setting).GreaterThan(0).WithMessage($"{key} must be a positive integer").OverridePropertyName(key);

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;
}
