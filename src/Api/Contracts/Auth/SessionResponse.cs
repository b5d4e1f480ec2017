using System.Text.Json.Serialization;
using Invoke.Application.Sessions.Queries.GetSessions;

namespace Invoke.Api.Contracts.Auth;

/// <summary>One session, in the snake_case of the other listed rows (API keys).</summary>
public sealed record SessionResponse(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("created_at")] DateTime CreatedAt,
    [property: JsonPropertyName("last_refreshed_at")] DateTime LastRefreshedAt,
    [property: JsonPropertyName("expires_at")] DateTime ExpiresAt,
    [property: JsonPropertyName("client_ip")] string? ClientIp,
    [property: JsonPropertyName("user_agent")] string? UserAgent,
    [property: JsonPropertyName("current")] bool Current)
{
    public static IReadOnlyList<SessionResponse> From(IEnumerable<SessionDto> sessions) =>
        [.. sessions.Select(s => new SessionResponse(
            s.Id, s.StartedAt, s.LastRefreshedAt, s.ExpiresAt, s.ClientIp, s.UserAgent, s.Current))];
}
