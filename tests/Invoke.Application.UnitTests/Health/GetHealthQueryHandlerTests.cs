using Invoke.Application.Common.Interfaces;
using Invoke.Application.Health.Queries.GetHealth;
using NSubstitute;

namespace Invoke.Application.UnitTests.Health;

public sealed class GetHealthQueryHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, 678, TimeSpan.Zero);

    private readonly IDatabaseHealth _databaseHealth = Substitute.For<IDatabaseHealth>();
    private readonly TimeProvider _clock = Substitute.For<TimeProvider>();

    public GetHealthQueryHandlerTests() => _clock.GetUtcNow().Returns(Now);

    [Fact]
    public async Task Handle_WhenDatabaseAnswers_ShouldReportHealthyWithDatabaseOk()
    {
        _databaseHealth.CanConnectAsync(Arg.Any<CancellationToken>()).Returns(true);

        var health = await new GetHealthQueryHandler(_databaseHealth, _clock).Handle(new GetHealthQuery(), CancellationToken.None);

        Assert.Equal(new HealthDto("healthy", "invoke-admin", Now.UtcDateTime, "ok"), health);
        Assert.True(health.IsHealthy);
    }

    [Fact]
    public async Task Handle_WhenDatabaseDoesNotAnswer_ShouldReportUnhealthyWithDatabaseUnreachable()
    {
        _databaseHealth.CanConnectAsync(Arg.Any<CancellationToken>()).Returns(false);

        var health = await new GetHealthQueryHandler(_databaseHealth, _clock).Handle(new GetHealthQuery(), CancellationToken.None);

        Assert.Equal(new HealthDto("unhealthy", "invoke-admin", Now.UtcDateTime, "unreachable"), health);
        Assert.False(health.IsHealthy);
    }
}
