using Invoke.Api.Scheduler;
using System.Text.Json.Serialization;

namespace Invoke.Api.Execution;

public sealed record ExecutionErrorResponse(
    [property: JsonPropertyName("success")] bool Success,
    [property: JsonPropertyName("message")] string Message);

public sealed record ExecutionHealthResponse(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("service")] string Service,
    [property: JsonPropertyName("timestamp")] DateTime Timestamp,
    [property: JsonPropertyName("pool")] ExecutionPoolResponse Pool,
    [property: JsonPropertyName("scheduler")] SchedulerMetricsResponse Scheduler);

/// <param name="Running">Invocations running now in this process.</param>
/// <param name="Waiting">Invocations waiting for a slot.</param>
/// <param name="LogsDropped">Execution logs dropped since start because the log queue was full or its writes failed.</param>
public sealed record ExecutionPoolResponse(
    [property: JsonPropertyName("running")] int Running,
    [property: JsonPropertyName("waiting")] int Waiting,
    [property: JsonPropertyName("packagesCached")] int PackagesCached,
    [property: JsonPropertyName("packageCacheBytes")] long PackageCacheBytes,
    [property: JsonPropertyName("logsDropped")] long LogsDropped);
