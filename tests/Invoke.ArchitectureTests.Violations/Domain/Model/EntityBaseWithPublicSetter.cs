namespace Invoke.ArchitectureTests.Violations.Domain.Model;

public abstract class EntityBaseWithPublicSetter
{
    protected EntityBaseWithPublicSetter()
    {
    }

    public string Label { get; set; } = string.Empty;
}
