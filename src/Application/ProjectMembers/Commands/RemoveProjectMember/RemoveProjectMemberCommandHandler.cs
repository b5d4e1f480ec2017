using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ProjectMembers.Commands.RemoveProjectMember;

public sealed class RemoveProjectMemberCommandHandler(IApplicationDbContext context, ITransactionRunner transactions)
    : IRequestHandler<RemoveProjectMemberCommand, Unit>
{
    public const string LastOwner = "Cannot remove the last owner from project. Please assign another owner first.";

    public Task<Unit> Handle(RemoveProjectMemberCommand request, CancellationToken cancellationToken) =>
        transactions.RunSerializableAsync(async token =>
        {
            var membership = await context.ProjectMemberships.SingleOrDefaultAsync(m => m.Id == request.MembershipId, token)
                ?? throw new NotFoundException("Membership not found");
            await LastOwnerRule.EnsureAnotherOwnerAsync(context, membership, LastOwner, token);
            context.ProjectMemberships.Remove(membership);
            await context.SaveChangesAsync(token);
            return Unit.Value;
        }, cancellationToken);
}
