using System.Text.Json.Serialization;

namespace Invoke.Api.Controllers.Admin;

public sealed record RemoveProjectMemberRequest(
    [property: JsonPropertyName("membershipId")]
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    int? MembershipId);
