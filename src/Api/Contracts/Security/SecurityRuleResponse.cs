using System.Text.Json.Serialization;
using Invoke.Application.NetworkSecurity;

namespace Invoke.Api.Contracts.Security;

/// <summary>A stored rule as the original lists it, plus <c>ports</c> (null: every port).</summary>
public sealed record SecurityRuleResponse(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("action")] string Action,
    [property: JsonPropertyName("target_type")] string TargetType,
    [property: JsonPropertyName("target_value")] string TargetValue,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("priority")] int Priority,
    [property: JsonPropertyName("ports")] string? Ports)
{
    public static SecurityRuleResponse From(SecurityRuleDto rule) =>
        new(rule.Id, rule.Action, rule.TargetType, rule.TargetValue, rule.Description, rule.Priority, rule.Ports);
}
