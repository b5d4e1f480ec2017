using System.Text.Json.Serialization;
using Invoke.Domain.Users;

namespace Invoke.Application.Users.Commands.CreateUser;

/// <summary>The new <c>users</c> row without its password hash.</summary>
public sealed record CreatedUserDto(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("is_admin")] bool? IsAdmin,
    [property: JsonPropertyName("created_at")] DateTime? CreatedAt,
    [property: JsonPropertyName("updated_at")] DateTime? UpdatedAt,
    [property: JsonPropertyName("last_login")] DateTime? LastLogin)
{
    public static CreatedUserDto From(User user) =>
        new(user.Id, user.Username, user.Email, user.IsAdmin, user.CreatedAt, user.UpdatedAt, user.LastLogin);
}
