using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Application.EnvironmentVariables;
using Invoke.Domain.Projects;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ProjectEnvironmentVariables.Commands.ReplaceProjectEnvironmentVariables;

public sealed class ReplaceProjectEnvironmentVariablesCommandHandler(IApplicationDbContext db, IProjectAccess projectAccess)
    : IRequestHandler<ReplaceProjectEnvironmentVariablesCommand, Unit>
{
    public async Task<Unit> Handle(ReplaceProjectEnvironmentVariablesCommand request, CancellationToken cancellationToken)
    {
        await projectAccess.EnsureCanReachVariablesAsync(db, request.ProjectId, cancellationToken);

        var existing = await db.ProjectEnvironmentVariables
            .Where(v => v.ProjectId == request.ProjectId)
            .ToListAsync(cancellationToken);
        db.ProjectEnvironmentVariables.ReplaceWith(
            existing,
            request.Variables!,
            input => ProjectEnvironmentVariable.Create(request.ProjectId, input.Name!, input.Value!, input.Description));

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
