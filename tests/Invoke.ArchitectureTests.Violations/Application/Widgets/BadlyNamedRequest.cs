using MediatR;

namespace Invoke.ArchitectureTests.Violations.Application.Widgets;

// Breach: a request named neither ...Command nor ...Query.
public sealed record BadlyNamedRequest(Guid Id) : IRequest<string>;
