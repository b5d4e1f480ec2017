using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Projects.Commands.UpdateProject;

public sealed class UpdateProjectCommandHandler(IApplicationDbContext context, ITransactionRunner transactions)
    : IRequestHandler<UpdateProjectCommand, ProjectDto>
{
    public Task<ProjectDto> Handle(UpdateProjectCommand request, CancellationToken cancellationToken) =>
        transactions.RunSerializableAsync(async token =>
        {
            var project = await context.Projects.SingleOrDefaultAsync(p => p.Id == request.Id, token)
                ?? throw new NotFoundException("Project not found");
            var name = request.Name!.Trim();
            if (name != project.Name)
            {
                await ProjectNames.EnsureFreeAsync(context, name, project.Id, token);
            }

            var description = request.Description is null
                ? project.Description
                : ProjectNames.Description(request.Description);
            project.UpdateDetails(name, description);
            if (request.IsActive is { } isActive)
            {
                if (isActive)
                {
                    project.Activate();
                }
                else
                {
                    project.Deactivate();
                }
            }

            if (request.KvStorageLimitBytes is { } bytes)
            {
                project.ChangeKvStorageLimit(bytes);
            }

            await context.SaveChangesAsync(token);
            return ProjectDto.From(project);
        }, cancellationToken);
}
