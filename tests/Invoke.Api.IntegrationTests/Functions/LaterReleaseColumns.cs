using System.Text.Json;

namespace Invoke.Api.IntegrationTests.Functions;

/// <summary>
/// The function columns the original's later releases add after <c>last_scheduled_execution</c> (docs/adr/0023). The
/// recorded wire examples predate them, so a function row's members are the recording's with these in their place.
/// </summary>
public static class LaterReleaseColumns
{
    public static readonly string[] CustomLimits =
        ["custom_timeout_enabled", "custom_timeout_seconds", "custom_memory_enabled", "custom_memory_mb"];

    /// <summary>Added after the list and detail rows' other members for the original CLIs (<c>last_executed</c> again).</summary>
    public const string CliAlias = "last_execution";

    public static IEnumerable<string> MemberNamesWithCustomLimits(JsonElement recordedRow) =>
        recordedRow.EnumerateObject().SelectMany(member =>
            member.Name == "last_scheduled_execution" ? [member.Name, .. CustomLimits] : new[] { member.Name });

    public static IEnumerable<string> ListedMemberNames(JsonElement recordedRow) =>
        MemberNamesWithCustomLimits(recordedRow).Append(CliAlias);
}
