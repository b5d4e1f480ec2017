namespace Invoke.ArchitectureTests.Violations.Domain.Model;

public enum WidgetState
{
    Draft,
    Published,
}
