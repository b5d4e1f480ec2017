using Invoke.Api.IntegrationTests.Caching;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Application.Auth.Queries.GetAuthenticatedUser;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Domain.ApiKeys;
using Invoke.Domain.Projects;
using Invoke.Domain.Users;
using Invoke.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Api.IntegrationTests.Support;

/// <summary>
/// Users, projects, memberships and API keys written straight to the API's database, for tests that need a caller
/// in a given situation. Names are unique, so tests sharing a factory do not collide.
/// </summary>
public static class IdentityData
{
    public const string DefaultPassword = "Correct-Horse-Battery-9";

    // bcrypt's minimum cost: the API verifies hashes of any cost, and cost 12 would make every fixture user take
    // a quarter of a second.
    private const int TestWorkFactor = 4;

    private static int _sequence;

    public static async Task<TestUser> CreateUserAsync(
        this InvokeApiFactory factory, bool isAdmin = false, string? username = null, string password = DefaultPassword)
    {
        var name = username ?? UniqueName("user");
        var email = $"{name}@example.test";
        var hash = BCrypt.Net.BCrypt.HashPassword(password, BCrypt.Net.BCrypt.GenerateSalt(TestWorkFactor, 'b'));
        var user = User.Create(name, email, hash, isAdmin);
        await factory.ExecuteDbAsync(async context =>
        {
            context.Users.Add(user);
            await context.SaveChangesAsync();
        });

        var token = factory.Services.GetRequiredService<ITokenIssuer>()
            .Issue(new AuthenticatedUserDto(user.Id, name, email, isAdmin), sessionId: null);
        return new TestUser(user.Id, name, email, password, isAdmin, token);
    }

    public static async Task<TestProject> CreateProjectAsync(
        this InvokeApiFactory factory, string? name = null, TestUser? owner = null, bool isActive = true)
    {
        var project = Project.Create(name ?? UniqueName("project"), "A test project", owner?.Id);
        if (!isActive)
        {
            project.Deactivate();
        }

        await factory.ExecuteDbAsync(async context =>
        {
            context.Projects.Add(project);
            await context.SaveChangesAsync();
            if (owner is not null)
            {
                context.ProjectMemberships.Add(ProjectMembership.Create(project.Id, owner.Id, ProjectRole.Owner, owner.Id));
                await context.SaveChangesAsync();
            }
        });
        return new TestProject(project.Id, project.Name, project.Slug!);
    }

    public static Task AddMemberAsync(
        this InvokeApiFactory factory, TestProject project, TestUser user, string role = ProjectRole.Developer) =>
        factory.ExecuteDbAsync(async context =>
        {
            context.ProjectMemberships.Add(ProjectMembership.Create(project.Id, user.Id, role, createdBy: null));
            await context.SaveChangesAsync();
        });

    /// <returns>The plain key, as the API shows it once.</returns>
    public static async Task<string> CreateApiKeyAsync(this InvokeApiFactory factory, TestUser user, string name = "test key")
    {
        var key = ApiKeySecret.Generate();
        await factory.ExecuteDbAsync(async context =>
        {
            context.ApiKeys.Add(ApiKey.Create(name, ApiKeySecret.Hash(key), user.Id));
            await context.SaveChangesAsync();
        });
        return key;
    }

    /// <summary>Runs the change, then waits until the API's cache has been told about it.</summary>
    public static async Task ExecuteDbAsync(this InvokeApiFactory factory, Func<InvokeDbContext, Task> action)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await action(scope.ServiceProvider.GetRequiredService<InvokeDbContext>());
        }

        await factory.SettleCacheAsync();
    }

    public static async Task<T> QueryDbAsync<T>(this InvokeApiFactory factory, Func<InvokeDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<InvokeDbContext>());
    }

    public static string UniqueName(string prefix) =>
        $"{prefix}-{Interlocked.Increment(ref _sequence)}-{Guid.NewGuid().ToString("N")[..12]}";
}
