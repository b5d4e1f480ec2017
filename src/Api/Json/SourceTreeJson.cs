using Invoke.Application.Functions.Packages;

namespace Invoke.Api.Json;

/// <summary>
/// How deeply the admin API's JSON may nest. A source tree takes two levels per folder (a node and its
/// <c>children</c>), and a package path of <see cref="PackagePath.MaxLength"/> characters holds at most half as many
/// folders, so this bound carries the deepest tree a package can hold, with room for the envelope around it. Deeper
/// JSON is a 400 naming the field.
/// </summary>
public static class SourceTreeJson
{
    public const int MaxDepth = PackagePath.MaxLength + 16;

    /// <summary>The depth of a model-state key naming a JSON error: a segment per property and one per index.</summary>
    public const int MaxModelStateDepth = 2 * MaxDepth;
}
