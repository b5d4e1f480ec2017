using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Api.IntegrationTests.CrossProject;

/// <summary>
/// Two projects and their people: <see cref="ProjectA"/> with its owner and a developer, and <see cref="ProjectB"/>
/// whose owner, <see cref="Outsider"/>, is the caller that must not reach anything of project A.
/// Paths and bodies name A's objects through placeholders (<see cref="Resolve"/>), so test data can be declared
/// before the world exists.
/// </summary>
public sealed record CrossProjectWorld(
    TestProject ProjectA,
    TestUser OwnerA,
    TestUser DeveloperA,
    int OwnerMembershipA,
    TestProject ProjectB,
    TestUser Outsider)
{
    public static async Task<CrossProjectWorld> CreateAsync(InvokeApiFactory factory)
    {
        var ownerA = await factory.CreateUserAsync();
        var projectA = await factory.CreateProjectAsync(owner: ownerA);
        var developerA = await factory.CreateUserAsync();
        await factory.AddMemberAsync(projectA, developerA);
        var outsider = await factory.CreateUserAsync();
        var projectB = await factory.CreateProjectAsync(owner: outsider);
        var ownerMembershipA = await factory.QueryDbAsync(db => db.ProjectMemberships
            .Where(m => m.ProjectId == projectA.Id && m.Role == ProjectRole.Owner).Select(m => m.Id).SingleAsync());
        return new CrossProjectWorld(projectA, ownerA, developerA, ownerMembershipA, projectB, outsider);
    }

    /// <summary>
    /// Replaces <c>{projectA}</c>, <c>{ownerA}</c>, <c>{developerA}</c>, <c>{ownerMembershipA}</c>, <c>{projectB}</c> and
    /// <c>{outsider}</c> with their ids.
    /// </summary>
    public string Resolve(string template) =>
        template
            .Replace("{projectA}", ProjectA.Id.ToString(), StringComparison.Ordinal)
            .Replace("{ownerA}", OwnerA.Id.ToString(), StringComparison.Ordinal)
            .Replace("{developerA}", DeveloperA.Id.ToString(), StringComparison.Ordinal)
            .Replace("{ownerMembershipA}", OwnerMembershipA.ToString(), StringComparison.Ordinal)
            .Replace("{projectB}", ProjectB.Id.ToString(), StringComparison.Ordinal)
            .Replace("{outsider}", Outsider.Id.ToString(), StringComparison.Ordinal);
}
