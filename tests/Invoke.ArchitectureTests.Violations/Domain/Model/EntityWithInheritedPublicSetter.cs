namespace Invoke.ArchitectureTests.Violations.Domain.Model;

// Breach: the public setter comes from its base class.
public sealed class EntityWithInheritedPublicSetter : EntityBaseWithPublicSetter
{
    private EntityWithInheritedPublicSetter()
    {
    }
}
