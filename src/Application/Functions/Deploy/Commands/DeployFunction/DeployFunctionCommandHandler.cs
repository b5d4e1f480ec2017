using Invoke.Application.Common.Interfaces;
using Invoke.Application.Functions.Upload.Commands.UploadFunction;
using Invoke.Application.Functions.Versions.Commands.UploadFunctionVersion;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Functions.Deploy.Commands.DeployFunction;

/// <summary>
/// Sends the upload use cases, so access checks, archive checks and name uniqueness are theirs; names are unique per
/// project (ADR 0015), so the project and the name find at most one function.
/// </summary>
public sealed class DeployFunctionCommandHandler(IApplicationDbContext db, IMediator mediator)
    : IRequestHandler<DeployFunctionCommand, DeployedFunctionDto>
{
    public async Task<DeployedFunctionDto> Handle(DeployFunctionCommand request, CancellationToken cancellationToken)
    {
        var projectId = Guid.Parse(request.ProjectId!);
        var name = request.Name!.Trim();
        var existing = await db.Functions.AsNoTracking()
            .Where(f => f.ProjectId == projectId && f.Name == name)
            .Select(f => (Guid?)f.Id)
            .SingleOrDefaultAsync(cancellationToken);

        if (existing is { } functionId)
        {
            var added = await mediator.Send(
                new UploadFunctionVersionCommand(functionId, request.Archive, AfterBuildActions.Switch), cancellationToken);
            var fileSize = await db.Functions.AsNoTracking()
                .SelectMany(f => f.Versions)
                .Where(v => v.Id == added.Id)
                .Select(v => v.FileSize)
                .SingleAsync(cancellationToken);
            return new DeployedFunctionDto(functionId, added.Version, fileSize, added.Id);
        }

        var created = await mediator.Send(
            new UploadFunctionCommand(name, request.Description, false, request.ProjectId, request.Archive), cancellationToken);
        return new DeployedFunctionDto(created.Id, created.Version, created.FileSize, created.ActiveVersionId!.Value);
    }
}
