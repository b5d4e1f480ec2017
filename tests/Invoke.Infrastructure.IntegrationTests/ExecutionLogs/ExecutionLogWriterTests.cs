using Invoke.Application;
using Invoke.Application.Runtime;
using Invoke.Infrastructure.ExecutionLogs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Infrastructure.IntegrationTests.ExecutionLogs;

/// <summary>The queue and its writer as the host registers them, writing to the real schema.</summary>
public sealed class ExecutionLogWriterTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Stop_ShouldWriteEveryQueuedRecordBeforeReturning()
    {
        var functionId = await database.CreateFunctionAsync();
        await using var services = Services(queueCapacity: 1000, batchSize: 50);
        var writer = services.GetRequiredService<ExecutionLogWriter>();
        var queue = services.GetRequiredService<IExecutionLogQueue>();
        await writer.StartAsync(CancellationToken.None);

        var accepted = Enumerable.Range(0, 120).Count(i => queue.TryEnqueue(Invocations.Of(functionId, Invocations.Start.AddMilliseconds(i))));
        await writer.StopAsync(CancellationToken.None);

        Assert.Equal(120, accepted);
        Assert.Equal((120, Invocations.Start.AddMilliseconds(119), 120), await database.CountersAsync(functionId));
        Assert.Equal(0, queue.DroppedCount);
    }

    [Fact]
    public async Task TryEnqueue_WhenTheQueueIsFull_ShouldDropAndCountWhileTheQueuedRecordsLand()
    {
        var functionId = await database.CreateFunctionAsync();
        await using var services = Services(queueCapacity: 5, batchSize: 50);
        var writer = services.GetRequiredService<ExecutionLogWriter>();
        var queue = services.GetRequiredService<IExecutionLogQueue>();

        // Before the writer starts, so that nothing is read while the queue fills.
        var accepted = Enumerable.Range(0, 8).Select(_ => queue.TryEnqueue(Invocations.Of(functionId, Invocations.Start))).ToList();
        await writer.StartAsync(CancellationToken.None);
        await writer.StopAsync(CancellationToken.None);

        Assert.Equal([true, true, true, true, true, false, false, false], accepted);
        Assert.Equal(3, queue.DroppedCount);
        Assert.Equal((5, Invocations.Start, 5), await database.CountersAsync(functionId));
    }

    /// <summary>A flush interval of an hour: only full batches and the drain on stop write anything.</summary>
    private ServiceProvider Services(int queueCapacity, int batchSize)
    {
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(database.CreateConfiguration())
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{ExecutionLogOptions.SectionName}:{nameof(ExecutionLogOptions.QueueCapacity)}"] = $"{queueCapacity}",
                [$"{ExecutionLogOptions.SectionName}:{nameof(ExecutionLogOptions.BatchSize)}"] = $"{batchSize}",
                [$"{ExecutionLogOptions.SectionName}:{nameof(ExecutionLogOptions.FlushInterval)}"] = "01:00:00",
            })
            .Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddApplication()
            .AddInfrastructure()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
