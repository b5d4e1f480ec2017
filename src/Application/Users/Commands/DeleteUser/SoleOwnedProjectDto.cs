using System.Text.Json.Serialization;

namespace Invoke.Application.Users.Commands.DeleteUser;

/// <summary>A project whose only owner is the user being deleted.</summary>
public sealed record SoleOwnedProjectDto(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("name")] string Name);
