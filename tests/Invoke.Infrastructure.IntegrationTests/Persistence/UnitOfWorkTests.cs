using Invoke.Application.Common.Behaviours;
using Invoke.Domain.Projects;
using Invoke.Domain.Users;
using Invoke.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Infrastructure.IntegrationTests.Persistence;

/// <summary><see cref="UnitOfWorkBehaviour{TRequest,TResponse}"/> on the real database, as a command's pipeline runs it.</summary>
public sealed class UnitOfWorkTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task SerializableCommand_WhenTwoEachRemoveOneOfTwoOwners_ShouldRetryOneAndKeepAnOwner()
    {
        var (projectId, ownerIds) = await CreateProjectWithOwnersAsync(2);
        var bothHaveRead = new Barrier(2);
        var attempts = new int[2];

        var removals = ownerIds.Select((userId, index) => Task.Run(async () =>
        {
            await using var context = database.CreateContext();
            return await UnitOfWork(context).Handle(new RemoveOwnerCommand(), CancellationToken.None, async () =>
            {
                var owners = await context.ProjectMemberships
                    .CountAsync(m => m.ProjectId == projectId && m.Role == ProjectRole.Owner);
                if (Interlocked.Increment(ref attempts[index]) == 1)
                {
                    // Both first attempts read two owners before either writes: the classic write skew.
                    bothHaveRead.SignalAndWait(TimeSpan.FromSeconds(10));
                }

                if (owners < 2)
                {
                    return false;
                }

                var membership = await context.ProjectMemberships
                    .SingleAsync(m => m.ProjectId == projectId && m.UserId == userId);
                context.ProjectMemberships.Remove(membership);
                await context.SaveChangesAsync();
                return true;
            });
        })).ToArray();
        var removed = await Task.WhenAll(removals);

        Assert.Equal(1, removed.Count(r => r));
        Assert.Equal(3, attempts.Sum());
        await using var verify = database.CreateContext();
        Assert.Equal(1, await verify.ProjectMemberships.CountAsync(m => m.ProjectId == projectId && m.Role == ProjectRole.Owner));
    }

    [Fact]
    public async Task SerializableCommand_WhenItFailsForAnotherReason_ShouldRollBackAndNotRetry()
    {
        var (projectId, _) = await CreateProjectWithOwnersAsync(1);
        await using var context = database.CreateContext();
        var attempts = 0;

        var run = () => UnitOfWork(context).Handle(new RemoveOwnerCommand(), CancellationToken.None, async () =>
        {
            attempts++;
            await context.ProjectMemberships.Where(m => m.ProjectId == projectId).ExecuteDeleteAsync();
            throw new InvalidOperationException("refused");
        });

        await Assert.ThrowsAsync<InvalidOperationException>(run);
        Assert.Equal(1, attempts);
        await using var verify = database.CreateContext();
        Assert.Equal(1, await verify.ProjectMemberships.CountAsync(m => m.ProjectId == projectId));
    }

    private static UnitOfWorkBehaviour<RemoveOwnerCommand, bool> UnitOfWork(InvokeDbContext context) =>
        new(new DbContextUnitOfWork(context));

    private async Task<(Guid ProjectId, int[] OwnerIds)> CreateProjectWithOwnersAsync(int owners)
    {
        await using var context = database.CreateContext();
        var project = Project.Create($"runner-{Guid.NewGuid():N}", null, createdBy: null);
        var users = Enumerable.Range(0, owners)
            .Select(_ => User.Create($"u{Guid.NewGuid():N}"[..20], $"{Guid.NewGuid():N}@example.com", "hash", isAdmin: false))
            .ToArray();
        context.AddRange(users);
        context.Add(project);
        await context.SaveChangesAsync();
        context.AddRange(users.Select(u => ProjectMembership.Create(project.Id, u.Id, ProjectRole.Owner, createdBy: null)));
        await context.SaveChangesAsync();
        return (project.Id, users.Select(u => u.Id).ToArray());
    }

    public sealed record RemoveOwnerCommand : IRequest<bool>, ISerializableCommand;
}
