using Invoke.Api.IntegrationTests.Support;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.KeyValueStore.Commands.IncrementKvValue;
using Invoke.Application.KeyValueStore.Commands.SetKvValue;
using Invoke.Application.KeyValueStore.Commands.SweepExpiredKvEntries;
using Invoke.Application.KeyValueStore.Queries.GetKvValue;
using Invoke.Domain.KeyValueStore;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Api.IntegrationTests.KeyValueStore;

/// <summary>The byte counter under concurrent writers, and the sweeper, through the use cases.</summary>
[Collection(KvCollection.Name)]
public sealed class KvQuotaTests(KvFactory factory)
{
    private const string Value = "\"0123456789abcdef\"";

    [Fact]
    public async Task ParallelWriters_NearTheLimit_ShouldNeverTakeTheProjectOverIt()
    {
        var project = await factory.CreateProjectAsync();
        var entrySize = ProjectKvEntry.Create(project.Id, "w00", Value, null, ProjectKvEntry.DefaultValueMaxBytes).SizeBytes;
        var limit = 10 * entrySize + entrySize / 2;
        await factory.SetKvLimitAsync(project.Id, limit);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            try
            {
                await factory.SendAsync(new SetKvValueCommand(project.Id, $"w{i:00}", Value, null));
                return null;
            }
            catch (PayloadTooLargeException refusal)
            {
                return refusal.Message;
            }
        }));

        var (used, stored, rows) = await factory.KvUsageAsync(project.Id);
        Assert.Equal(10, outcomes.Count(o => o is null));
        Assert.All(outcomes.OfType<string>(), message => Assert.Contains("quota exceeded", message, StringComparison.Ordinal));
        Assert.Equal((10 * entrySize, 10 * entrySize, 10), (used, stored, rows));
        Assert.True(used <= limit);
    }

    [Fact]
    public async Task ParallelOverwritesAndIncrements_ShouldKeepTheCounterEqualToTheStoredBytes()
    {
        var project = await factory.CreateProjectAsync();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => i % 2 == 0
            ? (Task)factory.SendAsync(new SetKvValueCommand(project.Id, "same", $"\"{new string('x', i * 7)}\"", null))
            : factory.SendAsync(new IncrementKvValueCommand(project.Id, "count", 1))));

        var (used, stored, rows) = await factory.KvUsageAsync(project.Id);
        Assert.Equal((stored, 2), (used, rows));
        Assert.Equal("10", await factory.SendAsync(new GetKvValueQuery(project.Id, "count")));
    }

    [Fact]
    public async Task Sweep_ShouldDeleteOnlyExpiredEntriesAndTakeThemOffTheCounter()
    {
        var project = await factory.CreateProjectAsync();
        foreach (var i in Enumerable.Range(0, 5))
        {
            await factory.SendAsync(new SetKvValueCommand(project.Id, $"short{i}", Value, 1_000));
        }

        await factory.SendAsync(new SetKvValueCommand(project.Id, "long", Value, 3_600_000));
        await factory.SendAsync(new SetKvValueCommand(project.Id, "forever", Value, null));
        factory.Clock.Advance(TimeSpan.FromSeconds(2));

        var swept = await factory.SendAsync(new SweepExpiredKvEntriesCommand());

        var (used, stored, rows) = await factory.KvUsageAsync(project.Id);
        var keys = await factory.QueryDbAsync(db => db.ProjectKvEntries.Where(e => e.ProjectId == project.Id).Select(e => e.Key).ToListAsync());
        Assert.True(swept >= 5);
        Assert.Equal((stored, 2), (used, rows));
        Assert.Equal(["forever", "long"], keys.Select(k => k[ProjectKvEntry.NamespaceLength..]).Order());
    }
}
