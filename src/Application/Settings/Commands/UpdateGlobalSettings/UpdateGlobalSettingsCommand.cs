using System.Globalization;
using MediatR;

namespace Invoke.Application.Settings.Commands.UpdateGlobalSettings;

/// <summary>Changes the given settings only (null = leave as is); existing rows only, as in the original.</summary>
/// <returns>The number of settings rows updated.</returns>
public sealed record UpdateGlobalSettingsCommand(
    string? RetentionType,
    int? RetentionValue,
    bool? RetentionEnabled,
    string? FunctionBaseUrl,
    long? KvStorageLimitBytes,
    string? ApiGatewayDomain,
    int? ExecutionDefaultTimeoutSeconds,
    int? ExecutionMaxTimeoutSeconds,
    int? ExecutionDefaultMemoryMb,
    int? ExecutionMaxMemoryMb) : IRequest<int>
{
    /// <summary>The given settings as stored: keyed by <c>setting_key</c>, values as strings.</summary>
    public IReadOnlyDictionary<string, string> Changes()
    {
        var changes = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(GlobalSettingKeys.RetentionType, RetentionType);
        Add(GlobalSettingKeys.RetentionValue, Invariant(RetentionValue));
        Add(GlobalSettingKeys.RetentionEnabled, RetentionEnabled switch { true => "true", false => "false", null => null });
        Add(GlobalSettingKeys.FunctionBaseUrl, FunctionBaseUrl?.Trim());
        Add(GlobalSettingKeys.KvStorageLimitBytes, Invariant(KvStorageLimitBytes));
        Add(GlobalSettingKeys.ApiGatewayDomain, ApiGatewayDomain?.Trim());
        Add(GlobalSettingKeys.ExecutionDefaultTimeoutSeconds, Invariant(ExecutionDefaultTimeoutSeconds));
        Add(GlobalSettingKeys.ExecutionMaxTimeoutSeconds, Invariant(ExecutionMaxTimeoutSeconds));
        Add(GlobalSettingKeys.ExecutionDefaultMemoryMb, Invariant(ExecutionDefaultMemoryMb));
        Add(GlobalSettingKeys.ExecutionMaxMemoryMb, Invariant(ExecutionMaxMemoryMb));
        return changes;

        static string? Invariant(long? value) => value?.ToString(CultureInfo.InvariantCulture);

        void Add(string key, string? value)
        {
            if (value is not null)
            {
                changes[key] = value;
            }
        }
    }
}
