using Invoke.Domain.Common;

namespace Invoke.Domain.KeyValueStore;

/// <summary>
/// One entry of a project's key-value store, in the row format of the original execution service's
/// Keyv store: key <c>"&lt;projectId&gt;:&lt;userKey&gt;"</c>, value the serialised Keyv envelope
/// <c>{"value": ..., "expires": ...}</c>.
/// </summary>
public sealed class ProjectKvEntry
{
    public const int KeyMaxLength = 255;

    private ProjectKvEntry()
    {
    }

    public string Key { get; private set; } = null!;

    public string? Value { get; private set; }

    /// <param name="envelope">The Keyv envelope as JSON text.</param>
    public static ProjectKvEntry Create(Guid projectId, string userKey, string envelope) =>
        new() { Key = KeyFor(projectId, userKey), Value = ValidEnvelope(envelope) };

    public static string KeyFor(Guid projectId, string userKey)
    {
        if (string.IsNullOrEmpty(userKey))
        {
            throw new InvalidValueException("key", "key is required");
        }

        return Ensure.MaxLength(KeyPrefix(projectId) + userKey, "key", KeyMaxLength);
    }

    /// <summary>The prefix shared by every key of one project (its Keyv namespace).</summary>
    public static string KeyPrefix(Guid projectId) => projectId.ToString("D") + ":";

    public void ChangeValue(string envelope) => Value = ValidEnvelope(envelope);

    private static string ValidEnvelope(string envelope) => Ensure.JsonObject(envelope, "value");
}
