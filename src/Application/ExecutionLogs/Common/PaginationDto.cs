using System.Text.Json.Serialization;

namespace Invoke.Application.ExecutionLogs.Common;

public sealed record PaginationDto(
    [property: JsonPropertyName("currentPage")] int CurrentPage,
    [property: JsonPropertyName("totalPages")] int TotalPages,
    [property: JsonPropertyName("totalCount")] int TotalCount,
    [property: JsonPropertyName("limit")] int Limit,
    [property: JsonPropertyName("hasNextPage")] bool HasNextPage,
    [property: JsonPropertyName("hasPrevPage")] bool HasPrevPage)
{
    public static PaginationDto Of(int page, int limit, int totalCount)
    {
        var totalPages = (int)((totalCount + (long)limit - 1) / limit);
        return new PaginationDto(page, totalPages, totalCount, limit, page < totalPages, page > 1);
    }
}
