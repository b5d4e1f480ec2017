using System.Text.Json.Serialization;

namespace Invoke.Application.Health.Queries.GetHealth;

public sealed record HealthDto(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("service")] string Service,
    [property: JsonPropertyName("timestamp")] DateTime Timestamp,
    [property: JsonPropertyName("database")] string Database)
{
    public const string Healthy = "healthy";
    public const string Unhealthy = "unhealthy";
    public const string DatabaseOk = "ok";
    public const string DatabaseUnreachable = "unreachable";
    public const string ServiceName = "invoke-admin";

    [JsonIgnore]
    public bool IsHealthy => Status == Healthy;
}
