using MediatR;

namespace Invoke.ArchitectureTests.Violations.Application.Widgets;

public sealed record WellFormedCommand(string Name) : IRequest;
