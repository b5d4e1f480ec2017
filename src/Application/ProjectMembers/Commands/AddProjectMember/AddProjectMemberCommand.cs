using Invoke.Domain.Projects;
using MediatR;

namespace Invoke.Application.ProjectMembers.Commands.AddProjectMember;

/// <param name="Role">Defaults to <see cref="ProjectRole.Developer"/>.</param>
public sealed record AddProjectMemberCommand(Guid? ProjectId, int? UserId, string? Role)
    : IRequest<AddedProjectMemberDto>;
