using System.Text.Json.Serialization;
using Invoke.Application.Sessions;

namespace Invoke.Api.Contracts.Auth;

/// <summary>
/// The <c>data</c> of a login or a refresh: the original's <c>user</c> and <c>token</c> (the access token), plus
/// <c>refreshToken</c> for clients that keep it themselves; browsers get it as a cookie only.
/// </summary>
public sealed record SessionTokensResponse(
    [property: JsonPropertyName("user")] SessionUserResponse User,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("refreshToken"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RefreshToken)
{
    public static SessionTokensResponse From(IssuedSessionDto session, bool withRefreshToken) =>
        new(SessionUserResponse.From(session.User), session.AccessToken, withRefreshToken ? session.RefreshToken : null);
}
