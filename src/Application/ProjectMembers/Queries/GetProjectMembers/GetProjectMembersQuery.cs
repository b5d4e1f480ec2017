using MediatR;

namespace Invoke.Application.ProjectMembers.Queries.GetProjectMembers;

/// <summary>The members of a project, oldest membership first.</summary>
public sealed record GetProjectMembersQuery(Guid? ProjectId) : IRequest<IReadOnlyList<ProjectMemberDto>>;
