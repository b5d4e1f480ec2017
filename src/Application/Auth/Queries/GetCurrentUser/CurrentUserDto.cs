using System.Text.Json.Serialization;
using Invoke.Application.Auth.Queries.GetUserProjects;

namespace Invoke.Application.Auth.Queries.GetCurrentUser;

public sealed record CurrentUserDto(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("isAdmin")] bool IsAdmin,
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("projects")] IReadOnlyList<UserProjectDto> Projects)
{
    public const string AdminRole = "admin";
    public const string UserRole = "user";
}
