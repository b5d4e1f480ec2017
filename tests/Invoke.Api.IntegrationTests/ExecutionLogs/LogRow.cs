namespace Invoke.Api.IntegrationTests.ExecutionLogs;

/// <summary>An execution log to insert; <see cref="Age"/> is how long ago it ran (a minute by default).</summary>
public sealed record LogRow(
    int? StatusCode = 200,
    TimeSpan? Age = null,
    int? ExecutionTimeMs = 44,
    string? RequestHeaders = """{"user-agent": "bench", "content-type": "application/json"}""",
    string? ConsoleLogs = """[{"level": "log", "message": "hello"}]""",
    bool NoTimestamp = false);
