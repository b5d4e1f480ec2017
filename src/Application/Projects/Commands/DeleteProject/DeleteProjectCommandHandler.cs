using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Domain.KeyValueStore;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Projects.Commands.DeleteProject;

public sealed class DeleteProjectCommandHandler(IApplicationDbContext context)
    : IRequestHandler<DeleteProjectCommand, ProjectDeletionDto>
{
    public async Task<ProjectDeletionDto> Handle(DeleteProjectCommand request, CancellationToken cancellationToken)
    {
        var projectId = request.Id!.Value;
        var functions = context.Functions.Where(f => f.ProjectId == projectId);
        var removed = new ProjectDeletionDto(
            await functions.LongCountAsync(cancellationToken),
            await functions.SelectMany(f => f.Versions).LongCountAsync(v => v.Package != null, cancellationToken));

        // The database cascades from the project row to everything else it owns; KV keys only carry the id.
        var deleted = await context.Projects.Where(p => p.Id == projectId).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            throw new NotFoundException("Project not found");
        }

        var kvPrefix = ProjectKvEntry.KeyPrefix(projectId);
        await context.ProjectKvEntries.Where(e => e.Key.StartsWith(kvPrefix)).ExecuteDeleteAsync(cancellationToken);
        return removed;
    }
}
