namespace Invoke.ArchitectureTests.Violations.Domain.Model;

public static class WidgetLimits
{
    public const int NameMaxLength = 100;
}
