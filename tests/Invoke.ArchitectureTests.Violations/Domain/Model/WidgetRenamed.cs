namespace Invoke.ArchitectureTests.Violations.Domain.Model;

public sealed record WidgetRenamed(Guid WidgetId, string Name);
