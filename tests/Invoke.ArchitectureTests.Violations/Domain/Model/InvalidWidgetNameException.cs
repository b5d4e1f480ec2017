namespace Invoke.ArchitectureTests.Violations.Domain.Model;

public sealed class InvalidWidgetNameException(string name) : Exception($"'{name}' is not a valid widget name.");
