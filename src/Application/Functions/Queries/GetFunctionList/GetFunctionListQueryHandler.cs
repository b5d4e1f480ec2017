using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Functions.Queries.GetFunctionList;

/// <summary>
/// One SQL statement whatever the number of functions: the active version, deploying user and project are joined,
/// the member's role is a correlated lookup on the (project_id, user_id) unique index.
/// </summary>
public sealed class GetFunctionListQueryHandler(IApplicationDbContext db)
    : IRequestHandler<GetFunctionListQuery, IReadOnlyList<FunctionListItemDto>>
{
    public async Task<IReadOnlyList<FunctionListItemDto>> Handle(
        GetFunctionListQuery request, CancellationToken cancellationToken)
    {
        var functions = db.FunctionsInScope(request.ProjectId, request.MemberUserId);
        var lookUpRole = request.MemberUserId is not null;
        var userId = request.MemberUserId ?? 0;
        var fixedRole = request.FixedRole;

        return await (
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
                    CustomTimeoutEnabled = f.CustomTimeoutEnabled,
                    CustomTimeoutSeconds = f.CustomTimeoutSeconds,
                    CustomMemoryEnabled = f.CustomMemoryEnabled,
                    CustomMemoryMb = f.CustomMemoryMb,
                    ActiveVersion = v == null ? null : v.Version,
                    FileSize = v == null ? null : v.FileSize,
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
    }
}
