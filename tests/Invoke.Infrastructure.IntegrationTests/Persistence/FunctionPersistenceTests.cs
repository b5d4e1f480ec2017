using Invoke.Application.Common.Exceptions;
using Invoke.Domain.Functions;
using Invoke.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Infrastructure.IntegrationTests.Persistence;

public sealed class FunctionPersistenceTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private static readonly byte[] Package = [0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02];

    [Fact]
    public async Task SaveChanges_WhenNewFunctionGetsItsFirstVersionActivated_ShouldStoreFunctionVersionAndPackageAtOnce()
    {
        var function = Function.Create(Project.DefaultProjectId, "hello", "says hello", deployedBy: null);
        var version = function.AddVersion(Package, createdBy: null);
        function.ActivateVersion(version.Id);
        function.Activate();

        await using (var context = database.CreateContext())
        {
            context.Functions.Add(function);
            await context.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        var stored = await reader.Functions.Include(f => f.Versions).ThenInclude(v => v.Package).SingleAsync(f => f.Id == function.Id);
        var storedVersion = Assert.Single(stored.Versions);
        Assert.Equal(version.Id, stored.ActiveVersionId);
        Assert.Equal((1, Package.LongLength, version.PackageHash), (storedVersion.Version, storedVersion.FileSize, storedVersion.PackageHash));
        Assert.Equal(FunctionPackage.PathFor(version.Id), storedVersion.PackagePath);
        Assert.Equal(Package, storedVersion.Package!.Content);
        Assert.NotNull(stored.CreatedAt);
    }

    [Fact]
    public async Task SaveChanges_WhenVersionRemoved_ShouldDeleteItsPackageToo()
    {
        var function = Function.Create(Project.DefaultProjectId, "versions", null, deployedBy: null);
        var first = function.AddVersion(Package, createdBy: null);
        function.ActivateVersion(function.AddVersion(Package, createdBy: null).Id);
        await using (var context = database.CreateContext())
        {
            context.Functions.Add(function);
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext())
        {
            var loaded = await context.Functions.Include(f => f.Versions).SingleAsync(f => f.Id == function.Id);
            loaded.RemoveVersion(first.Id);
            await context.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        var remaining = await reader.Functions.Where(f => f.Id == function.Id).SelectMany(f => f.Versions).Select(v => new { v.Version, HasPackage = v.Package != null }).ToListAsync();
        Assert.Equal([new { Version = 2, HasPackage = true }], remaining);
        Assert.False(await reader.Set<FunctionPackage>().AnyAsync(p => p.FunctionVersionId == first.Id));
    }

    [Fact]
    public async Task SaveChanges_WhenTwoWritersAddTheSameVersionNumber_ShouldThrowConflict()
    {
        var function = Function.Create(Project.DefaultProjectId, "race", null, deployedBy: null);
        await using (var context = database.CreateContext())
        {
            context.Functions.Add(function);
            await context.SaveChangesAsync();
        }

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var seenByFirst = await first.Functions.Include(f => f.Versions).SingleAsync(f => f.Id == function.Id);
        var seenBySecond = await second.Functions.Include(f => f.Versions).SingleAsync(f => f.Id == function.Id);
        seenByFirst.AddVersion(Package, createdBy: null);
        seenBySecond.AddVersion(Package, createdBy: null);
        await first.SaveChangesAsync();

        var conflict = await Assert.ThrowsAsync<ConflictException>(() => second.SaveChangesAsync());

        Assert.Contains("uq_function_version", conflict.Message);
    }

    [Fact]
    public async Task SaveChanges_WhenFunctionDeletedWithItsVersionsLoaded_ShouldDeleteFunctionVersionsAndPackages()
    {
        var function = Function.Create(Project.DefaultProjectId, "doomed", null, deployedBy: null);
        await using (var context = database.CreateContext())
        {
            context.Functions.Add(function);
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext())
        {
            var loaded = await context.Functions.Include(f => f.Versions).SingleAsync(f => f.Id == function.Id);
            loaded.ActivateVersion(loaded.AddVersion(Package, createdBy: null).Id);
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext())
        {
            var loaded = await context.Functions.Include(f => f.Versions).ThenInclude(v => v.Package).SingleAsync(f => f.Id == function.Id);
            context.Functions.Remove(loaded);
            await context.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        Assert.False(await reader.Functions.AnyAsync(f => f.Id == function.Id));
        Assert.False(await reader.Set<FunctionVersion>().AnyAsync(v => v.FunctionId == function.Id));
    }
}
