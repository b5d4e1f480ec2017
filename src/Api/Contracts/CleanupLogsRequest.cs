using System.Text.Json.Serialization;

namespace Invoke.Api.Contracts;

/// <param name="FunctionId">The one function to clean; absent for all.</param>
public sealed record CleanupLogsRequest([property: JsonPropertyName("functionId")] Guid? FunctionId);
