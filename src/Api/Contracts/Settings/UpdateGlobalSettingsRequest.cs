using System.Text.Json.Serialization;
using Invoke.Application.Settings;
using Invoke.Application.Settings.Commands.UpdateGlobalSettings;

namespace Invoke.Api.Contracts.Settings;

/// <summary>
/// The admin UI's global settings form; <c>type</c>, <c>value</c> and <c>enabled</c> are the log retention defaults, the
/// <c>execution_*</c> members the limits of function invocations.
/// </summary>
public sealed record UpdateGlobalSettingsRequest(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("value")] int? Value,
    [property: JsonPropertyName("enabled")] bool? Enabled,
    [property: JsonPropertyName("function_base_url")] string? FunctionBaseUrl,
    [property: JsonPropertyName("kv_storage_limit_bytes")] long? KvStorageLimitBytes,
    [property: JsonPropertyName("api_gateway_domain")] string? ApiGatewayDomain,
    [property: JsonPropertyName(GlobalSettingKeys.ExecutionDefaultTimeoutSeconds)] int? ExecutionDefaultTimeoutSeconds,
    [property: JsonPropertyName(GlobalSettingKeys.ExecutionMaxTimeoutSeconds)] int? ExecutionMaxTimeoutSeconds,
    [property: JsonPropertyName(GlobalSettingKeys.ExecutionDefaultMemoryMb)] int? ExecutionDefaultMemoryMb,
    [property: JsonPropertyName(GlobalSettingKeys.ExecutionMaxMemoryMb)] int? ExecutionMaxMemoryMb)
{
    public UpdateGlobalSettingsCommand ToCommand() =>
        new(Type, Value, Enabled, FunctionBaseUrl, KvStorageLimitBytes, ApiGatewayDomain,
            ExecutionDefaultTimeoutSeconds, ExecutionMaxTimeoutSeconds, ExecutionDefaultMemoryMb, ExecutionMaxMemoryMb);
}
