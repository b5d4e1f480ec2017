using System.Globalization;
using System.Text.Json.Serialization;

namespace Invoke.Application.LogCleanup.Commands.CleanupLogs;

/// <param name="Deleted">Logs deleted.</param>
/// <param name="Functions">Functions examined (every target, whether or not its policy deleted anything).</param>
/// <param name="DisabledGlobally">True when the global switch is off and nothing was examined.</param>
public sealed record CleanupLogsResultDto(
    [property: JsonPropertyName("deleted")] int Deleted,
    [property: JsonPropertyName("functions")] int Functions,
    [property: JsonIgnore] bool DisabledGlobally = false)
{
    [JsonIgnore]
    public string Message => DisabledGlobally
        ? "Log retention cleanup is disabled globally"
        : string.Create(CultureInfo.InvariantCulture, $"Cleanup completed: {Deleted} logs deleted from {Functions} functions");
}
