using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Domain.KeyValueStore;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Projects.Commands.DeleteProject;

public sealed class DeleteProjectCommandHandler(IApplicationDbContext context, ITransactionRunner transactions)
    : IRequestHandler<DeleteProjectCommand, ProjectDeletionDto>
{
    public Task<ProjectDeletionDto> Handle(DeleteProjectCommand request, CancellationToken cancellationToken) =>
        transactions.RunSerializableAsync(async token =>
        {
            var projectId = request.Id!.Value;
            var functions = context.Functions.Where(f => f.ProjectId == projectId);
            var removed = new ProjectDeletionDto(
                await functions.LongCountAsync(token),
                await functions.SelectMany(f => f.Versions).LongCountAsync(v => v.Package != null, token));

            // The database cascades from the project row to everything else it owns; KV keys only carry the id.
            var deleted = await context.Projects.Where(p => p.Id == projectId).ExecuteDeleteAsync(token);
            if (deleted == 0)
            {
                throw new NotFoundException("Project not found");
            }

            var kvPrefix = ProjectKvEntry.KeyPrefix(projectId);
            await context.ProjectKvEntries.Where(e => e.Key.StartsWith(kvPrefix)).ExecuteDeleteAsync(token);
            return removed;
        }, cancellationToken);
}
