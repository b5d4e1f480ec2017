using System.Text.Json;
using System.Text.Json.Serialization;
using Invoke.Application.KeyValueStore.Commands.SaveProjectKvEntry;

namespace Invoke.Api.Contracts.KeyValueStore;

/// <summary>
/// The body of <c>POST /api/projects/{id}/kv</c>: <c>key</c> (a string), <c>value</c> (any JSON but null) and
/// <c>ttl</c> in milliseconds. The key is read as any JSON so that a non-string gets the original's message.
/// </summary>
public sealed record SaveKvEntryRequest(
    [property: JsonPropertyName("key")] JsonElement? Key,
    [property: JsonPropertyName("value")] JsonElement? Value,
    [property: JsonPropertyName("ttl")] long? Ttl)
{
    public SaveProjectKvEntryCommand ToCommand(Guid projectId) =>
        new(projectId, Key is { ValueKind: JsonValueKind.String } key ? key.GetString() : null, KvJson.Text(Value), Ttl);
}

/// <summary>The data of a successful save: the key and the value as stored.</summary>
public sealed record SavedKvEntryResponse(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("value")] JsonElement? Value);

public sealed record DeletedKvEntryResponse([property: JsonPropertyName("existed")] bool Existed);
