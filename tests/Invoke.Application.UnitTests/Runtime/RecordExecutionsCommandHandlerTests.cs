using Invoke.Application.Common.Interfaces;
using Invoke.Application.Runtime.Commands.RecordExecutions;
using NSubstitute;

namespace Invoke.Application.UnitTests.Runtime;

public sealed class RecordExecutionsCommandHandlerTests
{
    [Fact]
    public async Task Handle_ShouldWriteInOneReadCommittedTransaction()
    {
        var transactions = Substitute.For<ITransactionRunner>();
        var expected = new RecordedExecutionsDto(1, 0, 0);
        transactions.RunInTransactionAsync(Arg.Any<Func<CancellationToken, Task<RecordedExecutionsDto>>>(), Arg.Any<CancellationToken>())
            .Returns(expected);
        var handler = new RecordExecutionsCommandHandler(Substitute.For<IApplicationDbContext>(), transactions);

        var recorded = await handler.Handle(
            new RecordExecutionsCommand([ExecutionRecordTests.Invocation(Guid.NewGuid(), DateTime.UtcNow)]), CancellationToken.None);

        Assert.Same(expected, recorded);
        Assert.Single(transactions.ReceivedCalls());
    }
}
