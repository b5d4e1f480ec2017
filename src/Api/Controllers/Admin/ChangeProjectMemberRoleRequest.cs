using System.Text.Json.Serialization;

namespace Invoke.Api.Controllers.Admin;

public sealed record ChangeProjectMemberRoleRequest(
    [property: JsonPropertyName("membershipId")]
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    int? MembershipId,
    [property: JsonPropertyName("role")] string? Role);
