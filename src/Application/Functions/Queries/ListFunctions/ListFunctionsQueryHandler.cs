using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Domain.Projects;
using Invoke.Application.Functions.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Functions.Queries.ListFunctions;

/// <summary>
/// One SQL statement whatever the number of functions: the active version, deploying user and project are joined,
/// the caller's role is a correlated lookup on the (project_id, user_id) unique index.
/// </summary>
public sealed class ListFunctionsQueryHandler(
    IApplicationDbContext db, ICurrentUser currentUser, IProjectAccess projectAccess)
    : IRequestHandler<ListFunctionsQuery, FunctionListDto>
{
    public async Task<FunctionListDto> Handle(ListFunctionsQuery request, CancellationToken cancellationToken)
    {
        var projectFilter = request.ProjectFilter;
        var functions = db.Functions.AsNoTracking();
        if (projectFilter is { } projectId)
        {
            await projectAccess.EnsureMemberAsync(projectId, cancellationToken, FunctionAccess.ProjectDeniedMessage);
            functions = functions.Where(f => f.ProjectId == projectId);
        }
        else if (!currentUser.IsAdmin)
        {
            var accessible = projectAccess.AccessibleProjectIds();
            functions = functions.Where(f => f.ProjectId != null && accessible.Contains(f.ProjectId.Value));
        }

        // As in the original: an admin listing everything gets no role; an admin looking at one project is its owner.
        var lookUpRole = !currentUser.IsAdmin;
        var fixedRole = currentUser.IsAdmin && projectFilter is not null ? ProjectRole.Owner : null;
        var userId = lookUpRole ? currentUser.UserId : 0;

        var items = await (
                from f in functions
                from v in f.Versions.Where(v => v.Id == f.ActiveVersionId).DefaultIfEmpty()
                join u in db.Users on f.DeployedBy equals (int?)u.Id into deployers
                from u in deployers.DefaultIfEmpty()
                join p in db.Projects on f.ProjectId equals (Guid?)p.Id into projects
                from p in projects.DefaultIfEmpty()
                orderby f.CreatedAt descending, f.Id
                select new FunctionListItemDto
                {
                    Id = f.Id,
                    Name = f.Name,
                    Description = f.Description,
                    ProjectId = f.ProjectId,
                    DeployedBy = f.DeployedBy,
                    RequiresApiKey = f.RequiresApiKey,
                    ApiKey = f.ApiKey,
                    IsActive = f.IsActive,
                    CreatedAt = f.CreatedAt,
                    UpdatedAt = f.UpdatedAt,
                    LastExecuted = f.LastExecuted,
                    ExecutionCount = f.ExecutionCount,
                    ActiveVersionId = f.ActiveVersionId,
                    RetentionType = f.RetentionType,
                    RetentionValue = f.RetentionValue,
                    RetentionEnabled = f.RetentionEnabled,
                    ScheduleEnabled = f.ScheduleEnabled,
                    ScheduleCron = f.ScheduleCron,
                    NextExecution = f.NextExecution,
                    LastScheduledExecution = f.LastScheduledExecution,
                    ActiveVersion = v == null ? null : v.Version,
                    FileSizeBytes = v == null ? null : v.FileSize,
                    DeployedByUsername = u == null ? null : u.Username,
                    ProjectName = p == null ? null : p.Name,
                    UserRole = lookUpRole
                        ? db.ProjectMemberships
                            .Where(m => m.ProjectId == f.ProjectId && m.UserId == userId)
                            .Select(m => m.Role)
                            .FirstOrDefault()
                        : fixedRole,
                })
            .ToListAsync(cancellationToken);

        var callerHasNoProject = items.Count == 0 && lookUpRole && projectFilter is null
                                 && !await projectAccess.AccessibleProjectIds().AnyAsync(cancellationToken);
        return new FunctionListDto(items, callerHasNoProject);
    }
}
