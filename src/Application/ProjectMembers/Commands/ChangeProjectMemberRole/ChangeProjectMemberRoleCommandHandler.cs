using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ProjectMembers.Commands.ChangeProjectMemberRole;

public sealed class ChangeProjectMemberRoleCommandHandler(IApplicationDbContext context, ITransactionRunner transactions)
    : IRequestHandler<ChangeProjectMemberRoleCommand, MembershipDto>
{
    public const string LastOwner = "Cannot demote the last owner of the project. Please assign another owner first.";

    public Task<MembershipDto> Handle(ChangeProjectMemberRoleCommand request, CancellationToken cancellationToken) =>
        transactions.RunSerializableAsync(async token =>
        {
            var membership = await context.ProjectMemberships.SingleOrDefaultAsync(m => m.Id == request.MembershipId, token)
                ?? throw new NotFoundException("Membership not found");
            if (membership.Role != request.Role)
            {
                await LastOwnerRule.EnsureAnotherOwnerAsync(context, membership, LastOwner, token);
                membership.ChangeRole(request.Role!);
                await context.SaveChangesAsync(token);
            }

            return MembershipDto.From(membership);
        }, cancellationToken);
}
