using System.Text.Json.Serialization;

namespace Invoke.Application.Auth.Queries.GetTurnstileConfig;

public sealed record TurnstileConfigDto([property: JsonPropertyName("siteKey")] string SiteKey);
