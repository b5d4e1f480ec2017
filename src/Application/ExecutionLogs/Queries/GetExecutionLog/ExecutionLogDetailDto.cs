using System.Text.Json.Serialization;
using Invoke.Application.ExecutionLogs.Common;
using Invoke.Domain.ExecutionLogs;

namespace Invoke.Application.ExecutionLogs.Queries.GetExecutionLog;

/// <summary>
/// One log with its function and project, as the log detail page reads it. Missing headers read as <c>{}</c> and the
/// console as <c>[]</c>; <see cref="FunctionVersion"/> is the function's active version, not the one that ran
/// (the log does not record it).
/// </summary>
public sealed record ExecutionLogDetailDto : ExecutionLogDto
{
    private const string EmptyObject = "{}";
    private const string EmptyArray = "[]";

    public ExecutionLogDetailDto(
        ExecutionLog log, string functionName, Guid? projectId, string? projectName, int? functionVersion)
        : base(log)
    {
        RequestHeaders = log.RequestHeaders ?? EmptyObject;
        ResponseHeaders = log.ResponseHeaders ?? EmptyObject;
        FunctionName = functionName;
        ProjectId = projectId;
        ProjectName = projectName;
        FunctionVersion = functionVersion;
        ConsoleOutput = log.ConsoleLogs ?? EmptyArray;
    }

    [JsonPropertyName("function_name")]
    [JsonPropertyOrder(1)]
    public string FunctionName { get; }

    [JsonPropertyName("project_id")]
    [JsonPropertyOrder(2)]
    public Guid? ProjectId { get; }

    [JsonPropertyName("project_name")]
    [JsonPropertyOrder(3)]
    public string? ProjectName { get; }

    [JsonPropertyName("function_version")]
    [JsonPropertyOrder(4)]
    public int? FunctionVersion { get; }

    [JsonPropertyName("console_output")]
    [JsonPropertyOrder(5)]
    [JsonConverter(typeof(RawJsonConverter))]
    public string ConsoleOutput { get; }
}
