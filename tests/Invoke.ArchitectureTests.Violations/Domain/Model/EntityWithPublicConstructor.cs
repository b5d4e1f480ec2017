namespace Invoke.ArchitectureTests.Violations.Domain.Model;

// Breach: anyone can create it half-initialised, bypassing a Create factory.
public sealed class EntityWithPublicConstructor : EntityBase
{
    public string Name { get; private set; } = string.Empty;
}
