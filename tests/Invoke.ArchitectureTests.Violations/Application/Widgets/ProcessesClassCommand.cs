using MediatR;

namespace Invoke.ArchitectureTests.Violations.Application.Widgets;

// Breach: a request handler whose name does not end in Handler.
public sealed class ProcessesClassCommand : IRequestHandler<ClassCommand>
{
    public Task<Unit> Handle(ClassCommand request, CancellationToken cancellationToken) => Unit.Task;
}
