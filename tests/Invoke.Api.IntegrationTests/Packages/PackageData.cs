using System.Security.Cryptography;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Application.Functions.Packages;
using Invoke.Domain.Functions;
using Invoke.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Api.IntegrationTests.Packages;

/// <summary>Functions with versions written straight to the database, and what the tests read back from it.</summary>
public static class PackageData
{
    /// <summary>A function with <paramref name="versions"/> versions; version n's index.js returns "vn".</summary>
    /// <param name="activeVersion">The version number to activate, or null for none.</param>
    public static async Task<SeededFunction> SeedFunctionAsync(
        this InvokeApiFactory factory, TestProject project, TestUser? deployer = null, int versions = 1, int? activeVersion = 1)
    {
        var function = Function.Create(project.Id, IdentityData.UniqueName("fn"), "seeded", deployer?.Id);
        var ids = Enumerable.Range(1, versions)
            .Select(n => function.AddVersion(PackageOf(n), deployer?.Id).Id)
            .ToList();
        if (activeVersion is { } active)
        {
            function.ActivateVersion(ids[active - 1]);
            function.Activate();
        }

        await factory.ExecuteDbAsync(async context =>
        {
            context.Functions.Add(function);
            await context.SaveChangesAsync();
        });
        return new SeededFunction(function.Id, function.Name, ids);
    }

    /// <summary>A function whose only, active version is <paramref name="archive"/> as the upload route stores it.</summary>
    public static async Task<SeededFunction> SeedFunctionWithPackageAsync(
        this InvokeApiFactory factory, TestProject project, TestUser user, byte[] archive)
    {
        var package = factory.Services.GetRequiredService<IPackageArchive>().Normalise(archive);
        var function = Function.Create(project.Id, IdentityData.UniqueName("fn"), "seeded", user.Id);
        var version = function.AddVersion(package, user.Id);
        function.ActivateVersion(version.Id);
        await factory.ExecuteDbAsync(async context =>
        {
            context.Functions.Add(function);
            await context.SaveChangesAsync();
        });
        return new SeededFunction(function.Id, function.Name, [version.Id]);
    }

    public static byte[] PackageOf(int version) =>
        TestArchives.Tarball(("index.js", IndexJsOf(version)), ("lib/", null), ("lib/util.js", "module.exports = 1;"));

    public static string IndexJsOf(int version) => $"module.exports = (req, res) => res.send('v{version}');";

    /// <summary>A developer of a new project, and that project.</summary>
    public static async Task<(TestUser User, TestProject Project)> CreateMemberAsync(this InvokeApiFactory factory)
    {
        var user = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync();
        await factory.AddMemberAsync(project, user);
        return (user, project);
    }

    public static Task<Function> FunctionAsync(this InvokeApiFactory factory, Guid functionId) =>
        factory.QueryDbAsync(context => context.Functions.AsNoTracking()
            .Include(f => f.Versions).ThenInclude(v => v.Package)
            .SingleAsync(f => f.Id == functionId));

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
