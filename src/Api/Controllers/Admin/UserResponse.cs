using System.Text.Json.Serialization;

namespace Invoke.Api.Controllers.Admin;

public sealed record UserResponse<TUser>([property: JsonPropertyName("user")] TUser User);
