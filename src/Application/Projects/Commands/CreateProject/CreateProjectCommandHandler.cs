using System.Globalization;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Domain.NetworkPolicies;
using Invoke.Domain.Projects;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Projects.Commands.CreateProject;

public sealed class CreateProjectCommandHandler(IApplicationDbContext context, ICurrentUser currentUser)
    : IRequestHandler<CreateProjectCommand, ProjectDto>
{
    public const string KvStorageLimitSetting = "kv_storage_limit_bytes";

    public async Task<ProjectDto> Handle(CreateProjectCommand request, CancellationToken cancellationToken)
    {
        var name = request.Name!.Trim();
        await ProjectNames.EnsureFreeAsync(context, name, exceptProjectId: null, cancellationToken);
        var slug = ProjectSlug.FromName(name);
        if (await context.Projects.AnyAsync(p => p.Slug == slug, cancellationToken))
        {
            // The original let the unique index fail with a 500.
            throw new BadRequestException($"A project with the slug '{slug}' already exists; choose another name", "name");
        }

        var callerId = currentUser.UserId;
        var project = Project.Create(
            name, ProjectNames.Description(request.Description), callerId, await KvStorageLimitAsync(cancellationToken));
        context.Projects.Add(project);
        context.ProjectMemberships.Add(ProjectMembership.Create(project.Id, callerId, ProjectRole.Owner, callerId));
        context.ProjectNetworkPolicies.AddRange(
            ProjectNetworkPolicy.Create(
                project.Id, NetworkPolicyAction.Allow, NetworkTargetType.Cidr, "0.0.0.0/0", "Allow all public IPv4", 1),
            ProjectNetworkPolicy.Create(
                project.Id, NetworkPolicyAction.Allow, NetworkTargetType.Cidr, "::/0", "Allow all public IPv6", 2));
        await context.SaveChangesAsync(cancellationToken);
        return ProjectDto.From(project);
    }

    private async Task<long> KvStorageLimitAsync(CancellationToken cancellationToken)
    {
        var setting = await context.GlobalSettings
            .Where(s => s.SettingKey == KvStorageLimitSetting)
            .Select(s => s.SettingValue)
            .FirstOrDefaultAsync(cancellationToken);
        return long.TryParse(setting, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) && bytes > 0
            ? bytes
            : Project.DefaultKvStorageLimitBytes;
    }
}
