using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ProjectMembers.Commands.ChangeProjectMemberRole;

public sealed class ChangeProjectMemberRoleCommandHandler(IApplicationDbContext context)
    : IRequestHandler<ChangeProjectMemberRoleCommand, MembershipDto>
{
    public const string LastOwner = "Cannot demote the last owner of the project. Please assign another owner first.";

    public async Task<MembershipDto> Handle(ChangeProjectMemberRoleCommand request, CancellationToken cancellationToken)
    {
        var membership = await context.ProjectMemberships.SingleOrDefaultAsync(m => m.Id == request.MembershipId, cancellationToken)
            ?? throw new NotFoundException("Membership not found");
        if (membership.Role != request.Role)
        {
            await LastOwnerRule.EnsureAnotherOwnerAsync(context, membership, LastOwner, cancellationToken);
            membership.ChangeRole(request.Role!);
            await context.SaveChangesAsync(cancellationToken);
        }

        return MembershipDto.From(membership);
    }
}
