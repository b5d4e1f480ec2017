using System.Text.Json.Serialization;

namespace Invoke.Api.Controllers.Admin;

public sealed record MembershipResponse<TMembership>([property: JsonPropertyName("membership")] TMembership Membership);
