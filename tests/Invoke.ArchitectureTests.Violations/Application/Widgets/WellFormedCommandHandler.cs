using Invoke.ArchitectureTests.Violations.Application.Ports;
using MediatR;

namespace Invoke.ArchitectureTests.Violations.Application.Widgets;

public sealed class WellFormedCommandHandler(IApplicationPort port) : IRequestHandler<WellFormedCommand>
{
    public async Task<Unit> Handle(WellFormedCommand request, CancellationToken cancellationToken)
    {
        await port.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
