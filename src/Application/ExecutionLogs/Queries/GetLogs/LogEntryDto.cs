using System.Text.Json.Serialization;
using Invoke.Application.ExecutionLogs.Common;
using Invoke.Domain.ExecutionLogs;

namespace Invoke.Application.ExecutionLogs.Queries.GetLogs;

/// <summary>A row of the global log browser: every log column, then the function's name.</summary>
public sealed record LogEntryDto : ExecutionLogDto
{
    public LogEntryDto(ExecutionLog log, string? functionName)
        : base(log) => FunctionName = functionName;

    [JsonPropertyName("function_name")]
    [JsonPropertyOrder(1)]
    public string? FunctionName { get; }
}
