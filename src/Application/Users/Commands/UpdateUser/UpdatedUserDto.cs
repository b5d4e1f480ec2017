using System.Text.Json.Serialization;
using Invoke.Domain.Users;

namespace Invoke.Application.Users.Commands.UpdateUser;

public sealed record UpdatedUserDto(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("is_admin")] bool? IsAdmin,
    [property: JsonPropertyName("updated_at")] DateTime? UpdatedAt)
{
    public static UpdatedUserDto From(User user) => new(user.Id, user.Username, user.Email, user.IsAdmin, user.UpdatedAt);
}
