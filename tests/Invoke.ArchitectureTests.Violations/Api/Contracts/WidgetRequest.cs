namespace Invoke.ArchitectureTests.Violations.Api.Contracts;

public sealed record WidgetRequest(string Name);
