using System.Data;
using Invoke.Application.Common.Behaviours;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore.Storage;
using NSubstitute;

namespace Invoke.Application.UnitTests.Common.Behaviours;

public sealed class UnitOfWorkBehaviourTests
{
    private static readonly InvalidOperationException ConcurrencyAbort = new("could not serialize access");

    private static readonly string[] RolledBackThenCommittedInASecondTransaction =
    [
        "begin 1 ReadCommitted", "attempt 1", "dispose 1", "discard",
        "begin 2 ReadCommitted", "attempt 2", "commit 2", "dispose 2",
    ];

    private readonly IUnitOfWork _unitOfWork = Substitute.For<IUnitOfWork>();
    private readonly List<string> _events = [];

    public UnitOfWorkBehaviourTests()
    {
        _unitOfWork.IsConcurrencyAbort(Arg.Any<Exception>()).Returns(call => ReferenceEquals(call.Arg<Exception>(), ConcurrencyAbort));
        _unitOfWork.BeginAsync(default, default).ReturnsForAnyArgs(call =>
        {
            var number = _events.Count(e => e.StartsWith("begin", StringComparison.Ordinal)) + 1;
            _events.Add($"begin {number} {call.Arg<IsolationLevel>()}");
            var transaction = Substitute.For<IDbContextTransaction>();
            transaction.CommitAsync(default).ReturnsForAnyArgs(_ =>
            {
                _events.Add($"commit {number}");
                return Task.CompletedTask;
            });
            transaction.DisposeAsync().Returns(_ =>
            {
                _events.Add($"dispose {number}");
                return ValueTask.CompletedTask;
            });
            return transaction;
        });
        _unitOfWork.When(u => u.DiscardChanges()).Do(_ => _events.Add("discard"));
    }

    [Fact]
    public async Task Handle_AnAtomicCommand_ShouldRunTheRestOfThePipelineInOneReadCommittedTransactionAndCommitIt()
    {
        var result = await Behaviour<AtomicCommand>().Handle(new AtomicCommand(), CancellationToken.None, Attempts(failures: []));

        Assert.Equal(1, result);
        Assert.Equal(["begin 1 ReadCommitted", "attempt 1", "commit 1", "dispose 1"], _events);
    }

    [Fact]
    public async Task Handle_ASerializableCommand_ShouldRunItInASerializableTransaction()
    {
        await Behaviour<SerializableCommand>().Handle(new SerializableCommand(), CancellationToken.None, Attempts(failures: []));

        Assert.Equal(["begin 1 Serializable", "attempt 1", "commit 1", "dispose 1"], _events);
    }

    [Fact]
    public async Task Handle_WhenAnIRetryOnConflictCommandLosesRaces_ShouldRerunTheRestOfThePipelineFromCleanStateUntilOneWins()
    {
        var result = await Behaviour<RaceCommand>().Handle(
            new RaceCommand(), CancellationToken.None, Attempts(failures: [Conflict(), Conflict(), Conflict()]));

        Assert.Equal(4, result);
        Assert.Equal(
            ["attempt 1", "discard", "attempt 2", "discard", "attempt 3", "discard", "attempt 4"], _events);
        await _unitOfWork.DidNotReceiveWithAnyArgs().BeginAsync(default, default);
    }

    [Fact]
    public async Task Handle_WhenTheDatabaseAbortsAnAtomicCommandsTransaction_ShouldRollItBackAndRunAgainInANewOne()
    {
        var result = await Behaviour<AtomicCommand>().Handle(
            new AtomicCommand(), CancellationToken.None, Attempts(failures: [ConcurrencyAbort]));

        Assert.Equal(2, result);
        Assert.Equal(RolledBackThenCommittedInASecondTransaction, _events);
    }

    [Fact]
    public async Task Handle_WhenATransactionalCommandThatRetriesConflictsLosesTheRace_ShouldRunAgainInANewTransaction()
    {
        var result = await Behaviour<AtomicRaceCommand>().Handle(
            new AtomicRaceCommand(), CancellationToken.None, Attempts(failures: [Conflict()]));

        Assert.Equal(2, result);
        Assert.Equal(RolledBackThenCommittedInASecondTransaction, _events);
    }

    [Fact]
    public async Task Handle_WhenEveryAttemptLoses_ShouldGiveUpAfterMaxAttemptsWithTheConflict()
    {
        var failures = Enumerable.Range(0, 50).Select(_ => Conflict()).ToArray();

        await Assert.ThrowsAsync<ConflictException>(
            () => Behaviour<RaceCommand>().Handle(new RaceCommand(), CancellationToken.None, Attempts(failures)));

        Assert.Equal(UnitOfWorkBehaviour<RaceCommand, int>.MaxAttempts, _events.Count(e => e.StartsWith("attempt", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Handle_WhenAConflictIsNotDeclaredARace_ShouldRollBackAndNotRetry()
    {
        await Assert.ThrowsAsync<ConflictException>(() => Behaviour<AtomicCommand>().Handle(
            new AtomicCommand(), CancellationToken.None, Attempts(failures: [Conflict()])));

        Assert.Equal(["begin 1 ReadCommitted", "attempt 1", "dispose 1"], _events);
    }

    [Fact]
    public async Task Handle_WhenTheFailureIsNotARace_ShouldRollBackAndNotRetry()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Behaviour<AtomicRaceCommand>().Handle(
            new AtomicRaceCommand(), CancellationToken.None, Attempts(failures: [new NotFoundException("Project not found")])));

        Assert.Equal(["begin 1 ReadCommitted", "attempt 1", "dispose 1"], _events);
    }

    [Fact]
    public async Task Handle_WhenACommandWithoutATransactionIsAborted_ShouldNotRetry()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Behaviour<RaceCommand>().Handle(
            new RaceCommand(), CancellationToken.None, Attempts(failures: [ConcurrencyAbort])));

        Assert.Equal(["attempt 1"], _events);
    }

    [Fact]
    public async Task Handle_WhenSentFromInsideAnotherUnitOfWork_ShouldJoinItWithoutCommittingOrRetrying()
    {
        _unitOfWork.InTransaction.Returns(true);

        await Assert.ThrowsAsync<ConflictException>(() => Behaviour<AtomicRaceCommand>().Handle(
            new AtomicRaceCommand(), CancellationToken.None, Attempts(failures: [Conflict()])));

        Assert.Equal(["attempt 1"], _events);
    }

    private UnitOfWorkBehaviour<TCommand, int> Behaviour<TCommand>()
        where TCommand : IRequest<int>, IUnitOfWorkCommand => new(_unitOfWork);

    /// <summary>The rest of the pipeline: each run is logged and throws the next of <paramref name="failures"/>, if any.</summary>
    private RequestHandlerDelegate<int> Attempts(Exception[] failures)
    {
        var count = 0;
        return () =>
        {
            count++;
            _events.Add($"attempt {count}");
            return count <= failures.Length ? throw failures[count - 1] : Task.FromResult(count);
        };
    }

    private static ConflictException Conflict() => new("uq_function_version");

    public sealed record AtomicCommand : IRequest<int>, IAtomicCommand;

    public sealed record SerializableCommand : IRequest<int>, ISerializableCommand;

    public sealed record RaceCommand : IRequest<int>, IRetryOnConflict;

    public sealed record AtomicRaceCommand : IRequest<int>, IAtomicCommand, IRetryOnConflict;
}
