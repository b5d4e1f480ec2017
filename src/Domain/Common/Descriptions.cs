namespace Invoke.Domain.Common;

/// <summary>
/// The free-text description of a function, project or variable. Lists return it on every row, so its length is
/// bounded well below the 1 MB request body limit.
/// </summary>
public static class Descriptions
{
    public const int MaxLength = 10_000;

    public static string? Valid(string? description) => Ensure.Optional(description, "description", MaxLength);
}
