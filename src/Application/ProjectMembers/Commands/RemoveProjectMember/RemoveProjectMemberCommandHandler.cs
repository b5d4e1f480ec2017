using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ProjectMembers.Commands.RemoveProjectMember;

public sealed class RemoveProjectMemberCommandHandler(IApplicationDbContext context)
    : IRequestHandler<RemoveProjectMemberCommand, Unit>
{
    public const string LastOwner = "Cannot remove the last owner from project. Please assign another owner first.";

    public async Task<Unit> Handle(RemoveProjectMemberCommand request, CancellationToken cancellationToken)
    {
        var membership = await context.ProjectMemberships.SingleOrDefaultAsync(m => m.Id == request.MembershipId, cancellationToken)
            ?? throw new NotFoundException("Membership not found");
        await LastOwnerRule.EnsureAnotherOwnerAsync(context, membership, LastOwner, cancellationToken);
        context.ProjectMemberships.Remove(membership);
        await context.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
