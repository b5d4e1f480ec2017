using System.Text.Json.Serialization;
using Invoke.Application.Auth.Queries.GetAuthenticatedUser;

namespace Invoke.Api.Contracts.Auth;

/// <summary>The signed-in user as the original's login answers it.</summary>
public sealed record SessionUserResponse(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("isAdmin")] bool IsAdmin)
{
    public static SessionUserResponse From(AuthenticatedUserDto user) => new(user.Id, user.Username, user.Email, user.IsAdmin);
}
