using MediatR;

namespace Invoke.ArchitectureTests.Violations.Application.Widgets;

// Breach: a request that is a class, so it has neither value equality nor an immutable shape.
public sealed class ClassCommand : IRequest
{
    public string Name { get; set; } = string.Empty;
}
