using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Application.Functions.Common;
using Invoke.Domain.Functions;
using Mapster;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Functions.Commands.CreateFunction;

public sealed class CreateFunctionCommandHandler(
    IApplicationDbContext db, ICurrentUser currentUser, IProjectAccess projectAccess, TypeAdapterConfig mapping)
    : IRequestHandler<CreateFunctionCommand, FunctionRowDto>
{
    public const string ProjectNotFoundMessage = "Project not found";

    public async Task<FunctionRowDto> Handle(CreateFunctionCommand request, CancellationToken cancellationToken)
    {
        var projectId = request.ProjectId!.Value;
        await projectAccess.EnsureMemberAsync(projectId, cancellationToken, FunctionAccess.ProjectDeniedMessage);
        if (!await db.Projects.AnyAsync(p => p.Id == projectId, cancellationToken))
        {
            throw new NotFoundException(ProjectNotFoundMessage);
        }

        var name = request.Name!.Trim();
        await db.Functions.EnsureNameIsFreeAsync(projectId, name, exceptFunctionId: null, cancellationToken);

        var function = Function.Create(projectId, name, request.Description ?? string.Empty, currentUser.UserId);
        if (request.RequiresApiKey)
        {
            function.RequireApiKey();
        }

        db.Functions.Add(function);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConflictException)
        {
            // A concurrent create took the name between the check and the insert (uq_functions_project_name).
            throw FunctionNameUniqueness.Conflict(name);
        }

        return function.Adapt<FunctionRowDto>(mapping);
    }
}
