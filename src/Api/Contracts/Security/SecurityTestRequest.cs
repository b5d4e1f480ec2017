using System.Text.Json;
using System.Text.Json.Serialization;
using Invoke.Application.NetworkSecurity.Queries.TestSecurityPolicy;

namespace Invoke.Api.Contracts.Security;

/// <summary><c>{ "host": "api.example.com", "rules": [...], "port": 443 }</c>; <c>port</c> is Invoke's addition.</summary>
public sealed record SecurityTestRequest(
    [property: JsonPropertyName("host")] string? Host,
    JsonElement? Rules,
    [property: JsonPropertyName("port")] int? Port) : SecurityRulesRequest(Rules)
{
    public TestSecurityPolicyQuery ToQuery(Guid? projectId) => new(projectId, Host, Inputs(), Port);
}
