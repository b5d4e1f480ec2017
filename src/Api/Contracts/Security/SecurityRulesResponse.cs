using System.Text.Json.Serialization;
using Invoke.Application.NetworkSecurity;

namespace Invoke.Api.Contracts.Security;

public sealed record SecurityRulesResponse([property: JsonPropertyName("rules")] IReadOnlyList<SecurityRuleResponse> Rules)
{
    public static SecurityRulesResponse From(IReadOnlyList<SecurityRuleDto> rules) => new(rules.Select(SecurityRuleResponse.From).ToList());
}
