using System.Text.RegularExpressions;
using Invoke.Domain.Common;

namespace Invoke.Domain.Projects;

/// <summary>
/// The URL segment that names a project on the gateway's default domain.
/// </summary>
public static partial class ProjectSlug
{
    public const int MaxLength = 100;

    /// <summary>
    /// The slug the database trigger <c>set_project_slug</c> derives from a name:
    /// <c>lower(regexp_replace(name, '[^a-zA-Z0-9]+', '-', 'g'))</c>.
    /// </summary>
    public static string FromName(string name) => NonAlphanumericRuns().Replace(name, "-").ToLowerInvariant();

    public static string Validate(string slug) =>
        Ensure.MaxLength(slug, "slug", MaxLength) is { Length: > 0 } value && SlugShape().IsMatch(value)
            ? value
            : throw new InvalidValueException("slug", "slug may contain only lowercase letters, digits and hyphens");

    [GeneratedRegex("[^a-zA-Z0-9]+")]
    private static partial Regex NonAlphanumericRuns();

    [GeneratedRegex(@"^[a-z0-9-]+\z")]
    private static partial Regex SlugShape();
}
