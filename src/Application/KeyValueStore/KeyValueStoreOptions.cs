using Invoke.Domain.KeyValueStore;

namespace Invoke.Application.KeyValueStore;

/// <summary>The key-value store's limits and sweeper (configuration section <c>Invoke:KeyValueStore</c>).</summary>
public sealed class KeyValueStoreOptions
{
    public const string SectionName = "Invoke:KeyValueStore";

    /// <summary>The largest value, in UTF-8 bytes of its JSON text.</summary>
    public int MaxValueBytes { get; set; } = ProjectKvEntry.DefaultValueMaxBytes;

    /// <summary>Expired entries the sweeper deletes per batch, each batch in a short transaction of its own.</summary>
    public int SweepBatchSize { get; set; } = 1_000;
}
