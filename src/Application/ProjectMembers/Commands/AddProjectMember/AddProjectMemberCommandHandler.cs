using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Domain.Projects;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ProjectMembers.Commands.AddProjectMember;

public sealed class AddProjectMemberCommandHandler(IApplicationDbContext context, ICurrentUser currentUser)
    : IRequestHandler<AddProjectMemberCommand, AddedProjectMemberDto>
{
    public const string AlreadyMember = "User is already a member of this project";

    public async Task<AddedProjectMemberDto> Handle(AddProjectMemberCommand request, CancellationToken cancellationToken)
    {
        var projectId = request.ProjectId!.Value;
        var user = await context.Users.AsNoTracking()
            .Where(u => u.Id == request.UserId)
            .Select(u => new { u.Id, u.Username })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("User not found");
        if (!await context.Projects.AnyAsync(p => p.Id == projectId, cancellationToken))
        {
            throw new NotFoundException("Project not found");
        }

        if (await context.ProjectMemberships.AnyAsync(m => m.ProjectId == projectId && m.UserId == user.Id, cancellationToken))
        {
            throw new BadRequestException(AlreadyMember, "userId");
        }

        var membership = ProjectMembership.Create(
            projectId, user.Id, request.Role ?? ProjectRole.Developer, currentUser.UserId);
        context.ProjectMemberships.Add(membership);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (ConflictException)
        {
            // The same user added by a concurrent request, caught by uq_membership_project_user.
            throw new BadRequestException(AlreadyMember, "userId");
        }

        return new AddedProjectMemberDto(membership.Id, membership.Role, membership.CreatedAt, user.Id, user.Username);
    }
}
