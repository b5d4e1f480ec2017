namespace Invoke.ArchitectureTests.Violations.Domain.Model;

// Breach: state changes bypass the entity's behaviour methods.
public sealed class EntityWithPublicSetter : EntityBase
{
    private EntityWithPublicSetter()
    {
    }

    public string Name { get; set; } = string.Empty;
}
