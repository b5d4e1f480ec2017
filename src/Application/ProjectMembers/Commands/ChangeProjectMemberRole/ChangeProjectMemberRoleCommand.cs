using Invoke.Application.Common.Behaviours;
using MediatR;

namespace Invoke.Application.ProjectMembers.Commands.ChangeProjectMemberRole;

/// <summary>Changes a member's role; the last owner of a project cannot be demoted (the original allowed it).</summary>
public sealed record ChangeProjectMemberRoleCommand(int? MembershipId, string? Role) : IRequest<MembershipDto>, ISerializableCommand;
