using System.Text.Json.Serialization;

namespace Invoke.Application.ExecutionLogs.Common;

public sealed record LogPageDto<TLog>(
    [property: JsonPropertyName("logs")] IReadOnlyList<TLog> Logs,
    [property: JsonPropertyName("pagination")] PaginationDto Pagination);
