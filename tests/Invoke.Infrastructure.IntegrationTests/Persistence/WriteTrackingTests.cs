using System.Data;
using Invoke.Application.Common.Interfaces;
using Invoke.Domain.Settings;
using Invoke.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Infrastructure.IntegrationTests.Persistence;

/// <summary>What counts as a write for read-your-writes (docs/adr/0022), on a pooled context as the API uses it.</summary>
public sealed class WriteTrackingTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>, IAsyncLifetime
{
    private ServiceProvider _services = null!;

    public Task InitializeAsync()
    {
        _services = new ServiceCollection()
            .AddSingleton(database.CreateConfiguration())
            .AddLogging()
            .AddInfrastructure()
            .BuildServiceProvider();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _services.DisposeAsync().AsTask();

    [Fact]
    public async Task SaveChanges_WithAChange_ShouldRecordAWrite()
    {
        var wrote = await InScopeAsync(context =>
        {
            context.GlobalSettings.Add(GlobalSetting.Create(Unique(), "value", null));
            return context.SaveChangesAsync();
        });

        Assert.True(wrote);
    }

    [Fact]
    public async Task Reads_AndASaveWithNothingToSave_ShouldRecordNoWrite()
    {
        var wrote = await InScopeAsync(async context =>
        {
            await context.GlobalSettings.ToListAsync();
            await context.SaveChangesAsync();
        });

        Assert.False(wrote);
    }

    [Fact]
    public async Task ExecuteUpdate_ThatChangesRows_ShouldRecordAWrite()
    {
        var key = await CreateSettingAsync();

        var wrote = await InScopeAsync(context => context.GlobalSettings
            .Where(setting => setting.SettingKey == key)
            .ExecuteUpdateAsync(update => update.SetProperty(setting => setting.SettingValue, "changed")));

        Assert.True(wrote);
    }

    [Fact]
    public async Task ExecuteDelete_ThatMatchesNoRow_ShouldRecordNoWrite()
    {
        var wrote = await InScopeAsync(context => context.GlobalSettings.Where(setting => setting.SettingKey == Unique()).ExecuteDeleteAsync());

        Assert.False(wrote);
    }

    [Fact]
    public async Task SerializableTransaction_ThatSavesAChange_ShouldRecordAWrite()
    {
        var wrote = await InScopeAsync(async (context, scope) =>
        {
            await using var transaction = await scope.GetRequiredService<IUnitOfWork>()
                .BeginAsync(IsolationLevel.Serializable, CancellationToken.None);
            context.GlobalSettings.Add(GlobalSetting.Create(Unique(), "value", null));
            await context.SaveChangesAsync();
            await transaction.CommitAsync();
        });

        Assert.True(wrote);
    }

    [Fact]
    public async Task PooledContext_LeasedAgainByAnotherScope_ShouldReportToThatScopesTrackerOnly()
    {
        InvokeDbContext firstContext;
        WriteTracker firstTracker;
        await using (var first = _services.CreateAsyncScope())
        {
            firstContext = first.ServiceProvider.GetRequiredService<InvokeDbContext>();
            firstTracker = first.ServiceProvider.GetRequiredService<WriteTracker>();
            await firstContext.GlobalSettings.ToListAsync();
        }

        await using var second = _services.CreateAsyncScope();
        var secondContext = second.ServiceProvider.GetRequiredService<InvokeDbContext>();
        secondContext.GlobalSettings.Add(GlobalSetting.Create(Unique(), "value", null));
        await secondContext.SaveChangesAsync();

        Assert.Same(firstContext, secondContext);
        Assert.True(second.ServiceProvider.GetRequiredService<WriteTracker>().TakeWritten());
        Assert.False(firstTracker.TakeWritten());
    }

    private Task<bool> InScopeAsync(Func<InvokeDbContext, Task> work) => InScopeAsync((context, _) => work(context));

    /// <returns>Whether the scope's tracker saw a write.</returns>
    private async Task<bool> InScopeAsync(Func<InvokeDbContext, IServiceProvider, Task> work)
    {
        await using var scope = _services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<InvokeDbContext>(), scope.ServiceProvider);
        return scope.ServiceProvider.GetRequiredService<WriteTracker>().TakeWritten();
    }

    private async Task<string> CreateSettingAsync()
    {
        var key = Unique();
        await using var context = database.CreateContext();
        context.GlobalSettings.Add(GlobalSetting.Create(key, "value", null));
        await context.SaveChangesAsync();
        return key;
    }

    private static string Unique() => $"write-tracking-{Guid.NewGuid():N}";
}
