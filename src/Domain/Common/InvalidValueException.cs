namespace Invoke.Domain.Common;

/// <summary>
/// A value that an entity refuses: too long, missing, malformed or outside its allowed set.
/// <see cref="Field"/> names the database column the value belongs to.
/// </summary>
public sealed class InvalidValueException(string field, string message) : DomainException(message)
{
    public string Field { get; } = field;
}
