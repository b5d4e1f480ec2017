namespace Invoke.ArchitectureTests.Violations.Domain.Model;

// Breach: EF Core gets no private parameterless constructor to materialise it with.
public sealed class EntityWithoutParameterlessConstructor : EntityBase
{
    private EntityWithoutParameterlessConstructor(string name) => Name = name;

    public string Name { get; private set; }

    public static EntityWithoutParameterlessConstructor Create(string name) => new(name);
}
