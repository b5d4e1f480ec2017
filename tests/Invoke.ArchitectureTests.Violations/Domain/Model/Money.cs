namespace Invoke.ArchitectureTests.Violations.Domain.Model;

// Not an entity: a value object, whose init-only positional properties are fine.
public sealed record Money(decimal Amount, string Currency);
