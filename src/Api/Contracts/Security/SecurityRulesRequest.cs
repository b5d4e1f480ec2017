using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Invoke.Application.NetworkSecurity;

namespace Invoke.Api.Contracts.Security;

/// <summary>
/// <c>{ "rules": [ { action, target_type, target_value, description?, ports? } ] }</c>. The list is read leniently so that
/// the validator, not the JSON reader, answers with the original's messages (a non-array is "Rules must be an array", a
/// non-string value is the message for a missing one). <c>ports</c> may be a number or a string such as
/// <c>"8000-8100"</c>.
/// </summary>
public record SecurityRulesRequest([property: JsonPropertyName("rules")] JsonElement? Rules)
{
    public IReadOnlyList<SecurityRuleInput>? Inputs() =>
        Rules is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray().Select(Input).ToList() : null;

    private static SecurityRuleInput Input(JsonElement rule) => rule.ValueKind == JsonValueKind.Object
        ? new SecurityRuleInput(Text(rule, "action"), Text(rule, "target_type"), Text(rule, "target_value"), Text(rule, "description"), Ports(rule))
        : new SecurityRuleInput(null, null, null, null, null);

    private static string? Text(JsonElement rule, string name) =>
        rule.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Ports(JsonElement rule) =>
        rule.TryGetProperty("ports", out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Null => null,
                // Anything else is no port the validator could accept; it names the value.
                _ => value.GetRawText().ToString(CultureInfo.InvariantCulture),
            }
            : null;
}
