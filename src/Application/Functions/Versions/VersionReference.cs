using System.Globalization;

namespace Invoke.Application.Functions.Versions;

/// <summary>
/// A version named in a route by its id or, as the original CLIs name it, by its number. Route binding uses
/// <see cref="TryParse"/>, so anything else is a 400 naming the route parameter.
/// </summary>
public readonly record struct VersionReference(Guid? Id, int? Number)
{
    public static VersionReference OfId(Guid id) => new(id, null);

    public static bool TryParse(string? text, out VersionReference reference)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            reference = new VersionReference(null, number);
            return true;
        }

        reference = Guid.TryParse(text, out var id) ? OfId(id) : default;
        return reference.Id is not null;
    }
}
