using System.Text.Json;

namespace Invoke.Api.ErrorHandling;

/// <summary>
/// A value held a NUL. It is a <see cref="JsonException"/> so that the serializer adds the JSON path when the JSON
/// converter throws it; <see cref="NulCharacterFilter"/> records it as well, so the binding errors have one case for it.
/// </summary>
public sealed class NulCharacterException : JsonException;
