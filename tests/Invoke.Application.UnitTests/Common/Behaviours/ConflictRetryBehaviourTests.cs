using Invoke.Application;
using Invoke.Application.Common.Behaviours;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Functions.Versions.Commands.UploadFunctionVersion;
using MediatR;
using NSubstitute;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Application.UnitTests.Common.Behaviours;

public sealed class ConflictRetryBehaviourTests
{
    [Fact]
    public async Task Handle_WhenTheFirstAttemptSucceeds_ShouldNotRunTheHandlerAgain()
    {
        var (behaviour, attempts) = Create(conflicts: 0);

        var result = await behaviour.Handle(new RaceCommand(), CancellationToken.None, () => attempts.RunAsync(scope: 0));

        Assert.Equal((1, 1), (result, attempts.Count));
    }

    [Fact]
    public async Task Handle_WhenAttemptsLoseTheRace_ShouldRetryEachInItsOwnScopeUntilOneWins()
    {
        var (behaviour, attempts) = Create(conflicts: 3);

        var result = await behaviour.Handle(new RaceCommand(), CancellationToken.None, () => attempts.RunAsync(scope: 0));

        Assert.Equal(4, result);
        Assert.Equal(4, attempts.Scopes.Distinct().Count());
    }

    [Fact]
    public async Task Handle_WhenEveryAttemptLoses_ShouldGiveUpAfterMaxAttemptsWithTheConflict()
    {
        var (behaviour, attempts) = Create(conflicts: int.MaxValue);

        await Assert.ThrowsAsync<ConflictException>(
            () => behaviour.Handle(new RaceCommand(), CancellationToken.None, () => attempts.RunAsync(scope: 0)));

        Assert.Equal(ConflictRetryBehaviour<RaceCommand, int>.MaxAttempts, attempts.Count);
    }

    [Fact]
    public async Task Handle_WhenTheFailureIsNotAConflict_ShouldNotRetry()
    {
        var (behaviour, attempts) = Create(conflicts: 0);

        await Assert.ThrowsAsync<NotFoundException>(() => behaviour.Handle(
            new RaceCommand(), CancellationToken.None, () => throw new NotFoundException("Function not found")));

        Assert.Equal(0, attempts.Count);
    }

    [Fact]
    public void AddApplication_ShouldWrapVersionUploadsInTheRetryInsideValidation()
    {
        var services = new ServiceCollection().AddLogging().AddApplication();
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();

        var behaviours = scope.ServiceProvider.GetServices<IPipelineBehavior<UploadFunctionVersionCommand, UploadedVersionDto>>();

        Assert.Equal(
            [typeof(PerformanceBehaviour<,>), typeof(ValidationBehaviour<,>), typeof(ConflictRetryBehaviour<,>)],
            behaviours.Select(b => b.GetType().GetGenericTypeDefinition()));
    }

    private static (ConflictRetryBehaviour<RaceCommand, int> Behaviour, Attempts Attempts) Create(int conflicts)
    {
        var attempts = new Attempts(conflicts);
        var scopeNumber = 0;
        var provider = new ServiceCollection()
            .AddSingleton(attempts)
            .AddScoped(_ => new ScopeNumber(Interlocked.Increment(ref scopeNumber)))
            .AddTransient(provider => Handler(attempts, provider.GetRequiredService<ScopeNumber>()))
            .BuildServiceProvider();
        return (new ConflictRetryBehaviour<RaceCommand, int>(provider.GetRequiredService<IServiceScopeFactory>()), attempts);
    }

    // A substitute rather than a handler class: the pipeline tests register every handler class of this assembly.
    private static IRequestHandler<RaceCommand, int> Handler(Attempts attempts, ScopeNumber scope)
    {
        var handler = Substitute.For<IRequestHandler<RaceCommand, int>>();
        handler.Handle(Arg.Any<RaceCommand>(), Arg.Any<CancellationToken>()).Returns(_ => attempts.RunAsync(scope.Value));
        return handler;
    }

    public sealed record RaceCommand : IRequest<int>, IRetryOnConflict;

    private sealed record ScopeNumber(int Value);

    /// <summary>Counts attempts and makes the first <c>conflicts</c> of them lose the race.</summary>
    private sealed class Attempts(int conflicts)
    {
        public List<int> Scopes { get; } = [];

        public int Count => Scopes.Count;

        public Task<int> RunAsync(int scope)
        {
            Scopes.Add(scope);
            return Count <= conflicts ? throw new ConflictException("uq_function_version") : Task.FromResult(Count);
        }
    }
}
