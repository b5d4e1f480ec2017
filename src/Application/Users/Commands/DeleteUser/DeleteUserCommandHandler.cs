using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Domain.Projects;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Users.Commands.DeleteUser;

public sealed class DeleteUserCommandHandler(IApplicationDbContext context, ICurrentUser currentUser)
    : IRequestHandler<DeleteUserCommand, Unit>
{
    public const string OwnAccount =
        "You cannot delete your own account. Please use another admin account to delete this user.";

    public const string DeployedFunctions =
        "Cannot delete user who has deployed functions. Please reassign or delete functions first.";

    public const string SoleOwner =
        "Cannot delete user who is the sole owner of projects. Please assign another owner first.";

    public async Task<Unit> Handle(DeleteUserCommand request, CancellationToken cancellationToken)
    {
        var userId = request.Id!.Value;
        if (userId == currentUser.UserId)
        {
            throw new ForbiddenAccessException(OwnAccount);
        }

        if (!await context.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            throw new NotFoundException("User not found");
        }

        if (await context.Functions.AnyAsync(f => f.DeployedBy == userId, cancellationToken))
        {
            throw new BadRequestException(DeployedFunctions);
        }

        var soleOwned = await SoleOwnedProjectsAsync(userId, cancellationToken);
        if (soleOwned.Count != 0)
        {
            throw new BadRequestException(
                SoleOwner, members: new Dictionary<string, object?> { ["projects"] = soleOwned });
        }

        await DeleteAsync(userId, cancellationToken);
        return Unit.Value;
    }

    // The original listed every project the user owned, even those with other owners.
    private async Task<List<SoleOwnedProjectDto>> SoleOwnedProjectsAsync(int userId, CancellationToken cancellationToken)
    {
        var owners = context.ProjectMemberships.Where(m => m.Role == ProjectRole.Owner);
        return await context.Projects
            .Where(p => owners.Any(m => m.ProjectId == p.Id && m.UserId == userId)
                        && owners.Count(m => m.ProjectId == p.Id) == 1)
            .OrderBy(p => p.Name)
            .Select(p => new SoleOwnedProjectDto(p.Id, p.Name))
            .ToListAsync(cancellationToken);
    }

    // Memberships cascade; the other references to users have no ON DELETE action in the original schema (and made
    // its deletions fail), so they are cleared here. Functions the user deployed were refused above.
    private async Task DeleteAsync(int userId, CancellationToken cancellationToken)
    {
        await context.ApiKeys.Where(k => k.CreatedBy == userId).ExecuteDeleteAsync(cancellationToken);
        await context.Projects.Where(p => p.CreatedBy == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.CreatedBy, (int?)null), cancellationToken);
        await context.ProjectMemberships.Where(m => m.CreatedBy == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.CreatedBy, (int?)null), cancellationToken);
        await context.Functions.SelectMany(f => f.Versions).Where(v => v.CreatedBy == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.CreatedBy, (int?)null), cancellationToken);
        await context.Users.Where(u => u.Id == userId).ExecuteDeleteAsync(cancellationToken);
    }
}
