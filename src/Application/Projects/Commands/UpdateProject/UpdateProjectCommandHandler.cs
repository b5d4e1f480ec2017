using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Projects.Commands.UpdateProject;

public sealed class UpdateProjectCommandHandler(IApplicationDbContext context)
    : IRequestHandler<UpdateProjectCommand, ProjectDto>
{
    public async Task<ProjectDto> Handle(UpdateProjectCommand request, CancellationToken cancellationToken)
    {
        var project = await context.Projects.SingleOrDefaultAsync(p => p.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Project not found");
        var name = request.Name!.Trim();
        if (name != project.Name)
        {
            await ProjectNames.EnsureFreeAsync(context, name, project.Id, cancellationToken);
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

        await context.SaveChangesAsync(cancellationToken);
        return ProjectDto.From(project);
    }
}
