using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Domain.ApiGateway;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ApiGateway.Common;

/// <summary>
/// Who reaches a project's gateway configuration: its members (owners and developers alike may change it, as they may
/// change the functions it routes to) and admins; an outsider gets the 403 before a missing project's 404.
/// </summary>
public static class GatewayProjects
{
    public const string ProjectIdRequiredMessage = "projectId query parameter is required";
    public const string ProjectNotFoundMessage = "Project not found";

    /// <returns>The project id, checked.</returns>
    public static async Task<Guid> EnsureReachableAsync(
        this IProjectAccess access, IApplicationDbContext db, Guid? projectId, CancellationToken cancellationToken)
    {
        if (projectId is not { } id)
        {
            throw new BadRequestException(ProjectIdRequiredMessage, "projectId");
        }

        await access.EnsureMemberAsync(id, cancellationToken);
        if (!await db.Projects.AnyAsync(p => p.Id == id, cancellationToken))
        {
            throw new NotFoundException(ProjectNotFoundMessage);
        }

        return id;
    }

    public static Task<ApiGatewayConfig?> FindConfigAsync(this IApplicationDbContext db, Guid projectId, CancellationToken cancellationToken) =>
        db.ApiGatewayConfigs.FirstOrDefaultAsync(c => c.ProjectId == projectId, cancellationToken);

    /// <summary>The project's gateway, created disabled when it has none yet (as the original does on first use).</summary>
    public static async Task<ApiGatewayConfig> FindOrAddConfigAsync(
        this IApplicationDbContext db, Guid projectId, CancellationToken cancellationToken)
    {
        if (await db.FindConfigAsync(projectId, cancellationToken) is { } config)
        {
            return config;
        }

        config = ApiGatewayConfig.Create(projectId);
        db.ApiGatewayConfigs.Add(config);
        return config;
    }
}
