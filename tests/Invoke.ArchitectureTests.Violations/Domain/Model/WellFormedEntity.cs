namespace Invoke.ArchitectureTests.Violations.Domain.Model;

public sealed class WellFormedEntity : EntityBase
{
    private WellFormedEntity()
    {
    }

    public string Name { get; private set; } = string.Empty;

    public static WellFormedEntity Create(string name) => new() { Name = name };

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new InvalidWidgetNameException(name);
        }

        Name = name;
    }
}
