using MediatR;

namespace Invoke.ArchitectureTests.Violations.Application.Widgets;

public sealed record WellFormedQuery(Guid Id) : IRequest<string>;
