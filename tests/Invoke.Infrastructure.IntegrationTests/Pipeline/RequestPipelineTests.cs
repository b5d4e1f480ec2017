using Invoke.Application;
using Invoke.Application.Common.Behaviours;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Health.Queries.GetHealth;
using Invoke.Application.Projects.Commands.CreateProject;
using Invoke.Domain.Settings;
using Invoke.Infrastructure.Caching;
using Invoke.Infrastructure.Notifications;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ValidationException = Invoke.Application.Common.Exceptions.ValidationException;

namespace Invoke.Infrastructure.IntegrationTests.Pipeline;

/// <summary>The whole request pipeline as the API composes it, on the real database (docs/adr/0033).</summary>
public sealed class RequestPipelineTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>, IAsyncLifetime
{
    private readonly RecordingSync _sync = new();
    private readonly FlakySettingAttempts _attempts = new();
    private ServiceProvider _services = null!;

    public Task InitializeAsync()
    {
        _services = new ServiceCollection()
            .AddSingleton(database.CreateConfiguration())
            .AddLogging()
            .AddApplication()
            .AddInfrastructure()
            .AddSingleton<INotificationSync>(_sync)
            .AddSingleton(_attempts)
            .AddTransient<IRequestHandler<FlakySettingCommand, string>, FlakySettingHandler>()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        // As when the NOTIFY listener is connected, which these tests do not start.
        _services.GetRequiredService<QueryCache>().Resume("test");
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _services.DisposeAsync().AsTask();

    [Fact]
    public void Behaviours_ForAUnitOfWorkCommand_ShouldRunInTheDeclaredOrder()
    {
        Assert.Equal(
            [
                typeof(PerformanceBehaviour<,>), typeof(ValidationBehaviour<,>), typeof(ReadYourWritesBehaviour<,>),
                typeof(UnitOfWorkBehaviour<,>), typeof(CachingBehaviour<,>),
            ],
            RequestPipeline.Behaviours);
        Assert.Equal(RequestPipeline.Behaviours, BehavioursOf<FlakySettingCommand, string>());
    }

    [Fact]
    public void Behaviours_ForAQuery_ShouldBeTheSameListWithoutTheUnitOfWork()
    {
        Assert.Equal(
            RequestPipeline.Behaviours.Where(b => b != typeof(UnitOfWorkBehaviour<,>)),
            BehavioursOf<GetHealthQuery, HealthDto>());
    }

    [Fact]
    public async Task Send_WhenACommandSucceedsOnlyOnARetry_ShouldWaitForTheNotificationsOfItsCommittedWrite()
    {
        var key = $"pipeline-{Guid.NewGuid():N}";
        string? committedWhenSyncing = null;
        _sync.OnSync = () => committedWhenSyncing = SettingValue(key);

        await using var scope = _services.CreateAsyncScope();
        var response = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new FlakySettingCommand(key));

        Assert.Equal("attempt 2", response);
        Assert.Equal(1, _sync.Count);
        Assert.Equal("attempt 2", committedWhenSyncing);
        // Attempt 2 ran in the same scope, and attempt 1's insert was rolled back.
        Assert.Single(_attempts.Contexts.Distinct());
        Assert.Equal(2, _attempts.Contexts.Count);
        Assert.Equal("attempt 2", SettingValue(key));
    }

    [Fact]
    public async Task Send_WhenACommandIsInvalid_ShouldRefuseItBeforeAnyTransactionOrWrite()
    {
        await using var scope = _services.CreateAsyncScope();

        var refusal = await Assert.ThrowsAsync<ValidationException>(
            () => scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CreateProjectCommand("", null)));

        Assert.Contains("name", refusal.Errors.Keys);
        Assert.Equal(0, _sync.Count);
    }

    private List<Type> BehavioursOf<TRequest, TResponse>()
        where TRequest : IRequest<TResponse>
    {
        using var scope = _services.CreateScope();
        return scope.ServiceProvider.GetServices<IPipelineBehavior<TRequest, TResponse>>()
            .Select(behaviour => behaviour.GetType().GetGenericTypeDefinition())
            .ToList();
    }

    private string? SettingValue(string key)
    {
        using var context = database.CreateContext();
        return context.GlobalSettings.AsNoTracking().Where(s => s.SettingKey == key).Select(s => s.SettingValue).SingleOrDefault();
    }

    /// <summary>Inserts a setting, and loses the race on its first attempt after inserting.</summary>
    public sealed record FlakySettingCommand(string Key) : IRequest<string>, IAtomicCommand, IRetryOnConflict;

    /// <summary>Stands in for the NOTIFY listener's sync: counts the waits and runs <see cref="OnSync"/> in each.</summary>
    private sealed class RecordingSync : INotificationSync
    {
        public int Count { get; private set; }

        public Action OnSync { get; set; } = () => { };

        public Task<bool> SyncAsync(TimeSpan timeout, CancellationToken cancellationToken)
        {
            Count++;
            OnSync();
            return Task.FromResult(true);
        }
    }

    private sealed class FlakySettingAttempts
    {
        public List<IApplicationDbContext> Contexts { get; } = [];
    }

    private sealed class FlakySettingHandler(IApplicationDbContext context, FlakySettingAttempts attempts)
        : IRequestHandler<FlakySettingCommand, string>
    {
        public async Task<string> Handle(FlakySettingCommand request, CancellationToken cancellationToken)
        {
            attempts.Contexts.Add(context);
            var value = $"attempt {attempts.Contexts.Count}";
            context.GlobalSettings.Add(GlobalSetting.Create(request.Key, value, null));
            await context.SaveChangesAsync(cancellationToken);
            return attempts.Contexts.Count == 1 ? throw new ConflictException("lost the race") : value;
        }
    }
}
