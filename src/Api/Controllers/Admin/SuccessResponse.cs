using System.Text.Json.Serialization;

namespace Invoke.Api.Controllers.Admin;

/// <summary>The admin routes' answer to a deletion: <c>{ "success": true, "message": "..." }</c>.</summary>
public sealed record SuccessResponse([property: JsonPropertyName("message")] string Message)
{
    [JsonPropertyName("success")]
    [JsonPropertyOrder(-1)]
    public bool Success => true;
}
