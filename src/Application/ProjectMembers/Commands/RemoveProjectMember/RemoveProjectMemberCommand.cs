using Invoke.Application.Common.Behaviours;
using MediatR;

namespace Invoke.Application.ProjectMembers.Commands.RemoveProjectMember;

/// <summary>Removes a member; the last owner of a project cannot be removed.</summary>
public sealed record RemoveProjectMemberCommand(int? MembershipId) : IRequest, ISerializableCommand;
