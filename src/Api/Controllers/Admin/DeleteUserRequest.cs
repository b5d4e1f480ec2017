using System.Text.Json.Serialization;

namespace Invoke.Api.Controllers.Admin;

public sealed record DeleteUserRequest(
    [property: JsonPropertyName("id")]
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    int? Id);
