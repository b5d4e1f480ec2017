using System.Text.Json.Serialization;

namespace Invoke.Api.Contracts.Settings;

public sealed record UpdatedRowsDto([property: JsonPropertyName("updatedRows")] int UpdatedRows);
