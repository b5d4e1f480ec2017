namespace Invoke.ArchitectureTests.Violations.Domain.Model;

public abstract class EntityBase
{
    protected EntityBase() => Id = Guid.CreateVersion7();

    public Guid Id { get; protected set; }
}
