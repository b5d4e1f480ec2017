using System.Text.Json.Serialization;
using Invoke.Application.NetworkSecurity.Queries.TestSecurityPolicy;

namespace Invoke.Api.Contracts.Security;

public sealed record SecurityTestResponse(
    [property: JsonPropertyName("allowed")] bool Allowed,
    [property: JsonPropertyName("reason")] string Reason)
{
    public static SecurityTestResponse From(SecurityTestResultDto result) => new(result.Allowed, result.Reason);
}
