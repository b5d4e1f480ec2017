using System.Text;
using Invoke.Domain.Common;

namespace Invoke.Domain.KeyValueStore;

/// <summary>
/// One entry of a project's key-value store, in the row format of the original execution service's Keyv store (key
/// <c>"&lt;projectId&gt;:&lt;userKey&gt;"</c>, value the Keyv envelope <c>{"value": ..., "expires": ...}</c>, see
/// <see cref="KeyvEnvelope"/>), so that rows the original wrote stay readable and rows Invoke writes stay readable by it.
/// Invoke adds the owning project, the expiry and the entry's size as columns of their own (docs/adr/0030).
/// </summary>
public sealed class ProjectKvEntry
{
    /// <summary>The longest user key, in UTF-8 bytes.</summary>
    public const int KeyMaxBytes = 512;

    /// <summary>The project's namespace in front of every stored key: its id and a colon.</summary>
    public const int NamespaceLength = 37;

    /// <summary>A key of <see cref="KeyMaxBytes"/> UTF-8 bytes has at most as many characters.</summary>
    public const int KeyColumnLength = NamespaceLength + KeyMaxBytes;

    public const int DefaultValueMaxBytes = 1024 * 1024;

    private ProjectKvEntry()
    {
    }

    public string Key { get; private set; } = null!;

    public string? Value { get; private set; }

    /// <summary>Null only for a row adopted from the original whose key names no project; such rows are invisible.</summary>
    public Guid? ProjectId { get; private set; }

    public DateTime? ExpiresAt { get; private set; }

    /// <summary>What the entry occupies: the UTF-8 bytes of its stored key and stored value, as the quota counts them.</summary>
    public long SizeBytes { get; private set; }

    /// <param name="valueJson">The value as JSON text.</param>
    /// <param name="maxValueBytes">The largest value accepted, in UTF-8 bytes of its JSON text.</param>
    public static ProjectKvEntry Create(Guid projectId, string userKey, string valueJson, DateTime? expiresAt, int maxValueBytes)
    {
        var key = KeyFor(projectId, userKey);
        var value = KeyvEnvelope.Wrap(ValidValue(valueJson, maxValueBytes), expiresAt is { } at ? Ensure.Utc(at, "ttl") : null);
        return new ProjectKvEntry
        {
            Key = key,
            Value = value,
            ProjectId = projectId,
            ExpiresAt = expiresAt,
            SizeBytes = Encoding.UTF8.GetByteCount(key) + Encoding.UTF8.GetByteCount(value),
        };
    }

    /// <exception cref="InvalidValueException">The key is empty, longer than <see cref="KeyMaxBytes"/> or holds a NUL.</exception>
    public static string KeyFor(Guid projectId, string userKey)
    {
        if (string.IsNullOrEmpty(userKey))
        {
            throw new InvalidValueException("key", "key is required");
        }

        if (userKey.Contains('\0', StringComparison.Ordinal))
        {
            throw new InvalidValueException("key", "key must not contain NUL characters");
        }

        if (Encoding.UTF8.GetByteCount(userKey) > KeyMaxBytes)
        {
            throw new InvalidValueException("key", $"key must be at most {KeyMaxBytes} bytes (UTF-8)");
        }

        return KeyPrefix(projectId) + userKey;
    }

    /// <summary>The prefix shared by every key of one project (its Keyv namespace).</summary>
    public static string KeyPrefix(Guid projectId) => projectId.ToString("D") + ":";

    /// <summary>The key as the function sees it, without the project's namespace.</summary>
    public string UserKey => Key[NamespaceLength..];

    /// <summary>The value as JSON text, or null when the row holds none (a Keyv envelope of an undefined value).</summary>
    public string? ValueJson => KeyvEnvelope.Unwrap(Value);

    public bool IsLiveAt(DateTime now) => ExpiresAt is not { } expiry || expiry > now;

    private static string ValidValue(string valueJson, int maxValueBytes)
    {
        Ensure.Json(valueJson, "value");
        // A JSON text never holds a raw NUL; its escaped form is refused too, as PostgreSQL's jsonb and text refuse NUL.
        if (valueJson.Contains("\\u0000", StringComparison.Ordinal))
        {
            throw new InvalidValueException("value", "value must not contain NUL characters");
        }

        return Encoding.UTF8.GetByteCount(valueJson) <= maxValueBytes
            ? valueJson
            : throw new InvalidValueException("value", $"value must be at most {maxValueBytes} bytes as JSON");
    }
}
