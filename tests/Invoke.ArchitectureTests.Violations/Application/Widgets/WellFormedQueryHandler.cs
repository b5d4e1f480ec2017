using MediatR;

namespace Invoke.ArchitectureTests.Violations.Application.Widgets;

public sealed class WellFormedQueryHandler : IRequestHandler<WellFormedQuery, string>
{
    public Task<string> Handle(WellFormedQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(request.Id.ToString());
}
