using System.Buffers;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Invoke.Domain.ExecutionLogs;

/// <summary>
/// What an execution log may keep of an invocation: no credentials (the original logged them all, runtime.md §9),
/// text of bounded size, and only characters PostgreSQL can store (text and jsonb refuse NUL and lone surrogates, and
/// one such character would fail the whole batch the log is written with).
/// </summary>
/// <remarks>
/// Every rule is idempotent: a value that already went through it comes out unchanged, so the queue can bound a record
/// before it waits and the writer can apply the same rules again.
/// </remarks>
public static class ExecutionLogRedaction
{
    public const string RedactedValue = "[REDACTED]";

    /// <summary>Characters kept of a request body, a response body and an error message, the marker included.</summary>
    public const int MaxBodyLength = 64 * 1024;

    /// <summary>Characters kept of a header value, the URL and the user agent, the marker included.</summary>
    public const int MaxValueLength = 8 * 1024;

    /// <summary>Headers kept of a request or a response, the one that counts the omitted ones included.</summary>
    public const int MaxHeaders = 100;

    /// <summary>Console entries kept, <see cref="ConsoleTruncatedMessage"/> included.</summary>
    public const int MaxConsoleEntries = 1000;

    /// <summary>Characters of console messages kept, <see cref="ConsoleTruncatedMessage"/> included.</summary>
    public const int MaxConsoleLength = 256 * 1024;

    /// <summary>Names the count of headers left out when a request or response had more than <see cref="MaxHeaders"/>.</summary>
    public const string OmittedHeadersName = "x-invoke-omitted-headers";

    public const string ConsoleTruncatedLevel = "warn";

    /// <summary>The last console entry of a log whose output was cut, here or by the runtime that captured it.</summary>
    public const string ConsoleTruncatedMessage = "...<TRUNCATED: the function wrote more console output than a log keeps>";

    private const char Replacement = '\uFFFD';

    private static readonly FrozenSet<string> SecretHeaders = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "x-invoke-data");

    private static readonly FrozenSet<string> SecretQueryParameters =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "api_key", "apikey");

    private static readonly SearchValues<char> Unstorable =
        SearchValues.Create("\0" + string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c)));

    /// <summary>Credentials replaced by <see cref="RedactedValue"/>, values capped, at most <see cref="MaxHeaders"/>.</summary>
    public static IReadOnlyDictionary<string, string> RedactHeaders(IReadOnlyDictionary<string, string> headers)
    {
        var kept = headers.Count > MaxHeaders ? MaxHeaders - 1 : headers.Count;
        var redacted = new Dictionary<string, string>(kept + 1);
        foreach (var (name, value) in headers.Take(kept))
        {
            redacted[Storable(name)] = SecretHeaders.Contains(name) ? RedactedValue : CapValue(value);
        }

        if (kept < headers.Count)
        {
            redacted[OmittedHeadersName] = (headers.Count - kept).ToString(CultureInfo.InvariantCulture);
        }

        return redacted;
    }

    /// <summary>The URL without its <c>api_key</c> and <c>apikey</c> query parameters (any case, even encoded), capped.</summary>
    [return: NotNullIfNotNull(nameof(url))]
    public static string? RedactUrl(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var queryStart = url.IndexOf('?', StringComparison.Ordinal);
        if (queryStart >= 0)
        {
            var fragmentStart = url.IndexOf('#', queryStart);
            var queryEnd = fragmentStart < 0 ? url.Length : fragmentStart;
            var parameters = url[(queryStart + 1)..queryEnd].Split('&');
            if (parameters.Any(IsSecretParameter))
            {
                var kept = parameters.Where(p => !IsSecretParameter(p)).ToList();
                var query = kept.Count == 0 ? string.Empty : "?" + string.Join('&', kept);
                url = string.Concat(url.AsSpan(0, queryStart), query, url.AsSpan(queryEnd));
            }
        }

        return CapValue(url);
    }

    [return: NotNullIfNotNull(nameof(body))]
    public static string? CapBody(string? body) => body is null ? null : Cap(body, MaxBodyLength);

    [return: NotNullIfNotNull(nameof(value))]
    public static string? CapValue(string? value) => value is null ? null : Cap(value, MaxValueLength);

    /// <summary>The first <see cref="ExecutionLog.RequestMethodMaxLength"/> characters: the column is that wide.</summary>
    public static string CapMethod(string method) =>
        Storable(method.Length <= ExecutionLog.RequestMethodMaxLength ? method : method[..ExecutionLog.RequestMethodMaxLength]);

    /// <summary>
    /// The entries within <see cref="MaxConsoleEntries"/> and <see cref="MaxConsoleLength"/>. When they had to be cut, or
    /// the runtime already cut them (<paramref name="truncatedAtSource"/>), the last entry is the
    /// <see cref="ConsoleTruncatedMessage"/>, timed at the last entry (or at <paramref name="executedAt"/> when none).
    /// </summary>
    public static (IReadOnlyList<ConsoleLogEntry> Entries, bool Truncated) CapConsole(
        IReadOnlyList<ConsoleLogEntry> entries, bool truncatedAtSource, DateTime executedAt)
    {
        if (!truncatedAtSource
            && entries.Count <= MaxConsoleEntries
            && entries.Sum(e => (long)e.Message.Length) <= MaxConsoleLength)
        {
            return (entries.All(IsStorable) ? entries : [.. entries.Select(StorableEntry)], false);
        }

        var content = truncatedAtSource && entries.Count > 0 && IsTruncationMarker(entries[^1]) ? entries.SkipLast(1) : entries;
        var lengthBudget = MaxConsoleLength - ConsoleTruncatedMessage.Length;
        var kept = new List<ConsoleLogEntry>(Math.Min(entries.Count, MaxConsoleEntries));
        foreach (var entry in content)
        {
            if (kept.Count == MaxConsoleEntries - 1 || lengthBudget == 0)
            {
                break;
            }

            if (entry.Message.Length > lengthBudget)
            {
                kept.Add(StorableEntry(entry with { Message = Prefix(entry.Message, lengthBudget) }));
                break;
            }

            lengthBudget -= entry.Message.Length;
            kept.Add(StorableEntry(entry));
        }

        var markedAt = entries.Count > 0 ? entries[^1].Timestamp : executedAt;
        kept.Add(new ConsoleLogEntry(ConsoleTruncatedLevel, ConsoleTruncatedMessage, markedAt));
        return (kept, true);
    }

    /// <summary>The text with each NUL and each unpaired surrogate replaced by U+FFFD; the same length.</summary>
    private static string Storable(string text)
    {
        var first = text.AsSpan().IndexOfAny(Unstorable);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (destination, state) =>
        {
            var (source, start) = state;
            source.AsSpan(0, start).CopyTo(destination);
            for (var i = start; i < source.Length; i++)
            {
                var c = source[i];
                if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
                {
                    destination[i] = c;
                    destination[++i] = source[i];
                }
                else
                {
                    destination[i] = c == '\0' || char.IsSurrogate(c) ? Replacement : c;
                }
            }
        });
    }

    private static bool IsStorable(ConsoleLogEntry entry) =>
        !entry.Level.AsSpan().ContainsAny(Unstorable) && !entry.Message.AsSpan().ContainsAny(Unstorable);

    private static ConsoleLogEntry StorableEntry(ConsoleLogEntry entry) =>
        IsStorable(entry) ? entry : entry with { Level = Storable(entry.Level), Message = Storable(entry.Message) };

    private static bool IsTruncationMarker(ConsoleLogEntry entry) =>
        entry is { Level: ConsoleTruncatedLevel, Message: ConsoleTruncatedMessage };

    private static bool IsSecretParameter(string parameter)
    {
        var nameEnd = parameter.IndexOf('=', StringComparison.Ordinal);
        var name = nameEnd < 0 ? parameter : parameter[..nameEnd];
        return SecretQueryParameters.Contains(Uri.UnescapeDataString(name.Replace('+', ' ')));
    }

    /// <summary>
    /// The text, or when longer than <paramref name="maxLength"/> its start and a marker naming the full length, the two
    /// together exactly within <paramref name="maxLength"/> so that capping again changes nothing.
    /// </summary>
    private static string Cap(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return Storable(text);
        }

        var marker = $"...<TRUNCATED from {text.Length} characters>";
        return Storable(Prefix(text, maxLength - marker.Length)) + marker;
    }

    /// <summary>At most <paramref name="length"/> characters from the start, never ending inside a surrogate pair.</summary>
    private static string Prefix(string text, int length) =>
        char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];
}
