using Invoke.Application;
using Invoke.Application.Runtime;
using Invoke.Infrastructure.ExecutionLogs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Invoke.Infrastructure.IntegrationTests.ExecutionLogs;

/// <summary>The queue and its writer as the host registers them, writing to the real schema.</summary>
public sealed class ExecutionLogWriterTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Stop_ShouldWriteEveryQueuedRecordBeforeReturning()
    {
        var functionId = await database.CreateFunctionAsync();
        await using var services = Services((nameof(ExecutionLogOptions.QueueCapacity), "1000"), (nameof(ExecutionLogOptions.BatchSize), "50"));
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
        await using var services = Services((nameof(ExecutionLogOptions.QueueCapacity), "5"), (nameof(ExecutionLogOptions.BatchSize), "50"));
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

    [Theory]
    [InlineData(nameof(ExecutionLogOptions.QueueCapacity), "0")]
    [InlineData(nameof(ExecutionLogOptions.QueueCapacityBytes), "-1")]
    [InlineData(nameof(ExecutionLogOptions.BatchSize), "0")]
    [InlineData(nameof(ExecutionLogOptions.MaxWriteAttempts), "0")]
    [InlineData(nameof(ExecutionLogOptions.FlushInterval), "00:00:00")]
    [InlineData(nameof(ExecutionLogOptions.FlushInterval), "100.00:00:00")]
    [InlineData(nameof(ExecutionLogOptions.RetryDelay), "-00:00:01")]
    public async Task Options_WhenASettingCannotWork_ShouldFailWithTheSectionsName(string setting, string value)
    {
        await using var services = Services((setting, value));

        var failure = Assert.Throws<OptionsValidationException>(
            () => services.GetRequiredService<IOptions<ExecutionLogOptions>>().Value);

        Assert.Contains(ExecutionLogOptions.SectionName, failure.Message);
    }

    /// <summary>
    /// <paramref name="settings"/> name members of <see cref="ExecutionLogOptions"/>; the flush interval is an hour unless
    /// given, so that only full batches and the drain on stop write anything.
    /// </summary>
    private ServiceProvider Services(params (string Name, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(database.CreateConfiguration())
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{ExecutionLogOptions.SectionName}:{nameof(ExecutionLogOptions.FlushInterval)}"] = "01:00:00",
            })
            .AddInMemoryCollection(
                settings.Select(s => new KeyValuePair<string, string?>($"{ExecutionLogOptions.SectionName}:{s.Name}", s.Value)))
            .Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddApplication()
            .AddInfrastructure()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
