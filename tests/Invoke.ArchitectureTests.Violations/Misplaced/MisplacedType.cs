namespace Elsewhere;

// Breach: a type outside the assembly's root namespace escapes every namespace-scoped layer rule.
public static class MisplacedType
{
    public static string Name => nameof(MisplacedType);
}
