using System.Text.Json.Serialization;
using Invoke.Application.Functions.Versions;

namespace Invoke.Api.Contracts;

/// <summary>The body of <c>POST /api/functions/{id}/versions/create-from-source</c>: the edited file tree.</summary>
public sealed record CreateFromSourceRequest(
    [property: JsonPropertyName("files")] IReadOnlyList<SourceNodeDto>? Files,
    [property: JsonPropertyName("setActive")] bool? SetActive);
