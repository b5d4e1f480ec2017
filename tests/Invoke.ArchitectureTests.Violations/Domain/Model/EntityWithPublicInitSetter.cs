namespace Invoke.ArchitectureTests.Violations.Domain.Model;

// Breach: an init accessor still lets callers bypass the Create factory's checks.
public sealed class EntityWithPublicInitSetter : EntityBase
{
    private EntityWithPublicInitSetter()
    {
    }

    public string Name { get; init; } = string.Empty;
}
